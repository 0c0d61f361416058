import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { ZCollectionInput } from "./catalog.schemas";
import { allocateHandle, assertHandleFree, assertOwned, auditActor, withUniqueFields, type TCatalogActor, type TRequestContext } from "./catalog-tx";
import { loadCollectionView, replaceCollectionProducts, type TCollectionView } from "./collection-view";
import { slugify } from "./slugify";

export const COLLECTION_UNIQUE_FIELDS = { _storeId_handle_key: { path: "handle", message: "Another collection of this store already uses this handle" } };

/**
 * Creates a manual collection (ZCollectionInput) with its products in the given order. Every
 * product must be this store's (404 on "productIds.N"); a taken handle is 409, a handle made
 * from the title takes the first free "-N" suffix. Audit entry and collection.created commit
 * with it.
 */
export async function createCollection(storeId: string, actor: TCatalogActor, input: unknown, context: TRequestContext = {}): Promise<TCollectionView> {
  const data = ZCollectionInput.parse(input);
  const db = storeDb(storeId);
  const id = await withUniqueFields(
    () =>
      db.$transaction(async (tx) => {
        await assertOwned(tx, storeId, "Product", data.productIds, "productIds");
        let handle: string;
        if (data.handle) {
          await assertHandleFree(tx, storeId, "Collection", data.handle);
          handle = data.handle;
        } else handle = await allocateHandle(tx, storeId, "Collection", slugify(data.title));
        const row = await tx.collection.create({ data: { storeId, handle, title: data.title }, select: { id: true } });
        await replaceCollectionProducts(tx, storeId, row.id, data.productIds);
        await recordAudit({ storeId, ...auditActor(actor, context), action: "collection.created", targetType: "collection", targetId: row.id, data: { handle, products: data.productIds.length } }, tx);
        await enqueueEvent(tx, { type: "collection.created", storeId, payload: { collectionId: row.id, handle } });
        return row.id;
      }),
    COLLECTION_UNIQUE_FIELDS,
  );
  return (await loadCollectionView(db, storeId, id))!;
}
