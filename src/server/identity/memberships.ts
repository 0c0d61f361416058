import { storeDb, unsafeCrossStoreDb } from "@/server/db";
import type { TStoreRole } from "@/server/access";

/** The user's role in this store, or null when they are not on its staff. */
export async function findMembership(storeId: string, userId: string): Promise<{ role: TStoreRole } | null> {
  return storeDb(storeId).storeMembership.findFirst({ where: { storeId, userId }, select: { role: true } });
}

export type TUserStore = { id: string; slug: string; name: string; status: "ACTIVE" | "SUSPENDED"; role: TStoreRole };

/**
 * Every store the user belongs to, for the store switcher. Crosses stores by design: it lists
 * the user's own memberships, keyed by their user id.
 */
export async function listUserStores(userId: string): Promise<TUserStore[]> {
  const rows = await unsafeCrossStoreDb().storeMembership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, store: { select: { id: true, slug: true, name: true, status: true } } },
  });
  return rows.map((r) => ({ ...r.store, role: r.role }));
}
