import { platformDb, storeDb } from "@/server/db";

/** Carts untouched this long are stale. */
export const STALE_CART_DAYS = 30;

/**
 * Deletes carts (with their lines) of every store that nobody has changed since `olderThan`
 * (default: STALE_CART_DAYS ago), store by store through the tenant door and in batches so no
 * transaction grows large. For the worker or a cron. Returns how many carts were deleted.
 */
export async function purgeStaleCarts(options: { olderThan?: Date; batchSize?: number } = {}): Promise<number> {
  const olderThan = options.olderThan ?? new Date(Date.now() - STALE_CART_DAYS * 24 * 60 * 60 * 1000);
  const batchSize = options.batchSize ?? 500;
  const stores = await platformDb().store.findMany({ select: { id: true } });
  let deleted = 0;
  for (const { id: storeId } of stores) {
    const db = storeDb(storeId);
    for (;;) {
      const stale = await db.cart.findMany({ where: { storeId, updatedAt: { lt: olderThan } }, select: { id: true }, take: batchSize });
      if (!stale.length) break;
      const { count } = await db.cart.deleteMany({ where: { storeId, id: { in: stale.map((c) => c.id) }, updatedAt: { lt: olderThan } } });
      deleted += count;
      if (stale.length < batchSize) break;
    }
  }
  return deleted;
}
