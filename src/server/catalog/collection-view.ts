import type { StoreDb } from "@/server/db";
import type { TStoreTx } from "./catalog-tx";

export type TCollectionSummary = { id: string; handle: string; title: string; productCount: number; createdAt: Date; updatedAt: Date };
/** A collection with its products' ids in display order. */
export type TCollectionView = Omit<TCollectionSummary, "productCount"> & { productIds: string[] };

export async function loadCollectionView(db: StoreDb | TStoreTx, storeId: string, id: string): Promise<TCollectionView | null> {
  const row = await db.collection.findFirst({
    where: { storeId, id },
    include: { products: { orderBy: [{ position: "asc" }], select: { productId: true } } },
  });
  if (!row) return null;
  return { id: row.id, handle: row.handle, title: row.title, createdAt: row.createdAt, updatedAt: row.updatedAt, productIds: row.products.map((p) => p.productId) };
}

/** Makes the collection's products exactly `productIds`, in that order. */
export async function replaceCollectionProducts(tx: TStoreTx, storeId: string, collectionId: string, productIds: string[]): Promise<void> {
  const current = await tx.collectionProduct.findMany({ where: { storeId, collectionId }, select: { productId: true } });
  // Deleting by whole primary keys locks just those rows, never an index gap.
  if (current.length) await tx.collectionProduct.deleteMany({ where: { storeId, collectionId, productId: { in: current.map((c) => c.productId) } } });
  if (productIds.length) await tx.collectionProduct.createMany({ data: productIds.map((productId, position) => ({ storeId, collectionId, productId, position })) });
}
