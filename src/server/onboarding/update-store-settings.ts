import { platformDb } from "@/server/db";
import { recordAudit, type TAuditEntry } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { AppError } from "@/server/errors";
import { invalidateStoreCache } from "@/server/tenancy";
import { STORE_SETTINGS_SELECT, type TStoreSettings } from "./get-store-settings";
import { ZUpdateStoreSettingsInput, type TRequestContext } from "./onboarding.schemas";

/** Who changed the settings: a dashboard user or an API key. */
export type TSettingsActor = { kind: "user"; userId: string } | { kind: "api_key"; keyId: string };

/**
 * Updates name, theme colour and time zone (ZUpdateStoreSettingsInput, shared by the settings
 * page and PATCH /api/v1/admin/store). Writes the audit entry and a `store.updated` outbox
 * event in the same transaction and drops the cached host resolution (the name shows on the
 * storefront). Unchanged values are not written.
 *
 * @throws ZodError for invalid input; AppError NOT_FOUND.
 */
export async function updateStoreSettings(
  storeId: string,
  actor: TSettingsActor,
  input: unknown,
  context: TRequestContext = {},
): Promise<TStoreSettings> {
  const changes = ZUpdateStoreSettingsInput.parse(input);
  const audit: Pick<TAuditEntry, "actorType" | "actorId"> =
    actor.kind === "user" ? { actorType: "platform_user", actorId: actor.userId } : { actorType: "api_key", actorId: actor.keyId };
  const updated = await platformDb().$transaction(async (tx) => {
    const before = await tx.store.findUnique({ where: { id: storeId }, select: STORE_SETTINGS_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "Store not found");
    const fields = (Object.keys(changes) as (keyof typeof changes)[]).filter((k) => changes[k] !== before[k]);
    if (fields.length === 0) return before;
    const after = await tx.store.update({ where: { id: storeId }, data: changes, select: STORE_SETTINGS_SELECT });
    await recordAudit({ storeId, ...audit, action: "store.updated", targetType: "store", targetId: storeId, ip: context.ip, userAgent: context.userAgent, data: { fields } }, tx);
    await enqueueEvent(tx, { type: "store.updated", storeId, payload: { storeId, fields } });
    return after;
  });
  invalidateStoreCache({ slug: updated.slug });
  return updated;
}
