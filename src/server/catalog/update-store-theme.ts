import "server-only";
import { z } from "zod";
import { ZThemeColor } from "@/server/onboarding";
import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { AppError, type TFieldIssue } from "@/server/errors";
import { enqueueEvent } from "@/server/events";
import { ZId } from "./catalog.schemas";
import { auditActor, validationFailed, type TCatalogActor, type TRequestContext } from "./catalog-tx";

/** "" or null clears a setting; an absent key leaves it unchanged. */
const clearable = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), schema.nullish());

/**
 * The storefront theme settings (dashboard theme page). The colour rule is the one the store
 * settings use (#rrggbb, stored lower-case).
 */
export const ZStoreThemeInput = z.strictObject({
  logoMediaId: clearable(ZId),
  bannerMediaId: clearable(ZId),
  announcement: clearable(z.string().trim().max(200, "At most 200 characters")),
  homeCollectionId: clearable(ZId),
  themeColor: ZThemeColor.optional(),
});
export type TStoreThemeInput = z.input<typeof ZStoreThemeInput>;

export type TStoreThemeSettings = {
  logoMediaId: string | null;
  bannerMediaId: string | null;
  announcement: string | null;
  homeCollectionId: string | null;
  themeColor: string;
};

const THEME_SELECT = { logoMediaId: true, bannerMediaId: true, announcement: true, homeCollectionId: true, themeColor: true } as const;
type TThemeField = keyof TStoreThemeSettings;

/** The store's current theme settings (ids as stored). */
export async function getStoreThemeSettings(storeId: string): Promise<TStoreThemeSettings> {
  const store = await storeDb(storeId).store.findUnique({ where: { id: storeId }, select: THEME_SELECT });
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  return store;
}

/**
 * Changes the storefront theme fields sent: logo and banner (images of this store), the
 * announcement bar, the home page's collection (of this store) and the primary colour. An
 * image or collection id that is unknown or another store's is NOT_FOUND on its field, a
 * file instead of an image is VALIDATION_FAILED; nothing is written then. The change, its
 * audit entry (store.theme_updated) and the store.theme_updated outbox event (storeId and
 * field names) commit together; unchanged values are not written. Storefront pages read the
 * theme on each request, so no cache is dropped here.
 *
 * @throws ZodError for invalid input; AppError NOT_FOUND, VALIDATION_FAILED.
 */
export async function updateStoreTheme(storeId: string, actor: TCatalogActor, input: unknown, context: TRequestContext = {}): Promise<TStoreThemeSettings> {
  const changes = ZStoreThemeInput.parse(input);
  return storeDb(storeId).$transaction(async (tx) => {
    const before = await tx.store.findUnique({ where: { id: storeId }, select: THEME_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "Store not found");

    const imageFields = (["logoMediaId", "bannerMediaId"] as const).filter((f) => changes[f]);
    const imageIds = imageFields.map((f) => changes[f]!);
    const media = imageIds.length ? await tx.mediaAsset.findMany({ where: { storeId, id: { in: imageIds } }, select: { id: true, kind: true } }) : [];
    const missing: TFieldIssue[] = imageFields.filter((f) => !media.some((m) => m.id === changes[f])).map((path) => ({ path, message: "Image not found" }));
    if (changes.homeCollectionId && !(await tx.collection.findFirst({ where: { storeId, id: changes.homeCollectionId }, select: { id: true } }))) {
      missing.push({ path: "homeCollectionId", message: "Collection not found" });
    }
    if (missing.length) throw new AppError("NOT_FOUND", missing[0]!.message, { fields: missing });
    const files = imageFields.filter((f) => media.find((m) => m.id === changes[f])?.kind !== "IMAGE").map((path) => ({ path, message: "Choose an image, not a file" }));
    if (files.length) throw validationFailed(files);

    const fields = (Object.keys(changes) as TThemeField[]).filter((k) => changes[k] !== undefined && changes[k] !== before[k]);
    if (!fields.length) return before;
    const data = Object.fromEntries(fields.map((f) => [f, changes[f]]));
    const after = await tx.store.update({ where: { id: storeId }, data, select: THEME_SELECT });
    await recordAudit({ storeId, ...auditActor(actor, context), action: "store.theme_updated", targetType: "store", targetId: storeId, data: { fields } }, tx);
    await enqueueEvent(tx, { type: "store.theme_updated", storeId, payload: { storeId, fields } });
    return after;
  });
}
