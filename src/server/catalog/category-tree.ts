import { Prisma, type StoreDb } from "@/server/db";
import type { TStoreTx } from "./catalog-tx";

export type TCategoryView = {
  id: string;
  handle: string;
  name: string;
  description: string | null;
  imageId: string | null;
  parentId: string | null;
  position: number;
  /** Products linked directly to this category. */
  productCount: number;
  createdAt: Date;
  updatedAt: Date;
};
export type TCategoryNode = TCategoryView & { children: TCategoryNode[] };

/**
 * Category writes run in READ COMMITTED: lockCategoryTree's locking read then takes record
 * locks only. Under REPEATABLE READ it would also lock the index gap after the store's last
 * category, which the next store's inserts fall into: two stores' category writes could
 * deadlock each other.
 */
export const CATEGORY_TX = { isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted, timeout: 15_000, maxWait: 10_000 } as const;

/**
 * Serialises changes to the store's category tree: locks the store's existing category rows
 * until the transaction ends, and the reads after it see the latest committed tree (READ
 * COMMITTED, see CATEGORY_TX). Two concurrent moves could otherwise each pass the cycle check
 * and together make a cycle. A category created meanwhile has no children, so it cannot close
 * a cycle; one created under a category being deleted waits for its shared lock on the
 * parent (assertOwned) and then finds it gone.
 */
export async function lockCategoryTree(tx: TStoreTx, storeId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM Category WHERE storeId = ${storeId} FOR UPDATE`;
}

/** True when `candidateParentId` is `id` itself or one of its descendants (moving there makes a cycle). */
export async function wouldCycle(tx: TStoreTx, storeId: string, id: string, candidateParentId: string): Promise<boolean> {
  const rows = await tx.category.findMany({ where: { storeId }, select: { id: true, parentId: true } });
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
  const seen = new Set<string>();
  for (let at: string | null | undefined = candidateParentId; at; at = parentOf.get(at)) {
    if (at === id) return true;
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

/** The position after the last child of `parentId` (null: top level). */
export async function nextCategoryPosition(tx: TStoreTx, storeId: string, parentId: string | null): Promise<number> {
  const last = await tx.category.aggregate({ where: { storeId, parentId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

/** The store's categories, each with its direct product count, ordered by position then name. */
export async function loadCategoryViews(db: StoreDb | TStoreTx, storeId: string, ids?: string[]): Promise<TCategoryView[]> {
  const [rows, counts] = await Promise.all([
    db.category.findMany({ where: { storeId, ...(ids && { id: { in: ids } }) }, orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }] }),
    db.productCategory.groupBy({ by: ["categoryId"], where: { storeId, ...(ids && { categoryId: { in: ids } }) }, _count: { _all: true } }),
  ]);
  const count = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  return rows.map((r) => ({
    id: r.id,
    handle: r.handle,
    name: r.name,
    description: r.description,
    imageId: r.imageId,
    parentId: r.parentId,
    position: r.position,
    productCount: count.get(r.id) ?? 0,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}
