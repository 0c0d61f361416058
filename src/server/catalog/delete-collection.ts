import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { AppError } from "@/server/errors";
import { auditActor, type TCatalogActor, type TRequestContext } from "./catalog-tx";

/**
 * Deletes one of the store's collections (its products stay). If it was the storefront's home
 * collection, the home page stops naming it in the same transaction. Audit entry and
 * collection.deleted commit with it. An unknown or other store's id is NOT_FOUND.
 */
export async function deleteCollection(storeId: string, actor: TCatalogActor, id: string, context: TRequestContext = {}): Promise<void> {
  await storeDb(storeId).$transaction(async (tx) => {
    const collection = await tx.collection.findFirst({ where: { storeId, id }, select: { handle: true } });
    if (!collection) throw new AppError("NOT_FOUND", "Collection not found");
    await tx.collection.deleteMany({ where: { storeId, id } });
    await tx.store.updateMany({ where: { id: storeId, homeCollectionId: id }, data: { homeCollectionId: null } });
    await recordAudit({ storeId, ...auditActor(actor, context), action: "collection.deleted", targetType: "collection", targetId: id, data: { handle: collection.handle } }, tx);
    await enqueueEvent(tx, { type: "collection.deleted", storeId, payload: { collectionId: id, handle: collection.handle } });
  });
}
