import { storeDb } from "@/server/db";
import { loadCollectionView, type TCollectionSummary, type TCollectionView } from "./collection-view";

/** The store's manual collections by title, each with its product count. */
export async function listCollections(storeId: string): Promise<TCollectionSummary[]> {
  const db = storeDb(storeId);
  const [rows, counts] = await Promise.all([
    db.collection.findMany({ where: { storeId }, orderBy: [{ title: "asc" }, { id: "asc" }] }),
    db.collectionProduct.groupBy({ by: ["collectionId"], where: { storeId }, _count: { _all: true } }),
  ]);
  const count = new Map(counts.map((c) => [c.collectionId, c._count._all]));
  return rows.map((r) => ({ id: r.id, handle: r.handle, title: r.title, productCount: count.get(r.id) ?? 0, createdAt: r.createdAt, updatedAt: r.updatedAt }));
}

/** One collection of the store with its ordered product ids; null when unknown or another store's. */
export async function getCollection(storeId: string, id: string): Promise<TCollectionView | null> {
  return loadCollectionView(storeDb(storeId), storeId, id);
}
