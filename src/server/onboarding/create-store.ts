import { knownDbErrorCode, unsafeCrossStoreDb, platformDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { invalidateStoreCache } from "@/server/tenancy";
import { ZCreateStoreInput } from "./onboarding.schemas";
import type { TRequestContext } from "./onboarding.schemas";

export const SLUG_TAKEN = "This address is taken; choose another";

/**
 * Creates a store owned by the user: the Store, an OWNER membership, an audit entry and a
 * `store.created` outbox event in one transaction, then drops the cached "no such host" for
 * the slug so the storefront answers at once. Only verified users create stores.
 *
 * @throws ZodError for invalid input; AppError FORBIDDEN (unverified), CONFLICT with a slug
 *   field error when the address is taken.
 */
export async function createStore(userId: string, input: unknown, context: TRequestContext = {}): Promise<{ id: string; slug: string }> {
  const data = ZCreateStoreInput.parse(input);
  const user = await platformDb().platformUser.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  if (!user?.emailVerifiedAt) throw new AppError("FORBIDDEN", "Verify your email address before creating a store");
  let store: { id: string; slug: string };
  try {
    // The store is being born: there is no tenant door for it yet. Every store-owned write
    // below names store.id explicitly.
    store = await unsafeCrossStoreDb().$transaction(async (tx) => {
      const created = await tx.store.create({ data, select: { id: true, slug: true } });
      await tx.storeMembership.create({ data: { storeId: created.id, userId, role: "OWNER" } });
      await recordAudit({ storeId: created.id, actorType: "platform_user", actorId: userId, action: "store.created", targetType: "store", targetId: created.id, ip: context.ip, userAgent: context.userAgent, data: { slug: created.slug, country: data.country, currency: data.currency } }, tx);
      await enqueueEvent(tx, { type: "store.created", storeId: created.id, payload: { storeId: created.id, slug: created.slug, ownerId: userId, currency: data.currency, country: data.country } });
      return created;
    });
  } catch (error) {
    if (knownDbErrorCode(error) === "UNIQUE_VIOLATION") {
      throw new AppError("CONFLICT", SLUG_TAKEN, { fields: [{ path: "slug", message: SLUG_TAKEN }] });
    }
    throw error;
  }
  invalidateStoreCache({ slug: store.slug });
  return store;
}
