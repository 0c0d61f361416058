import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { AppError } from "@/server/errors";
import { ZCollectionPatch } from "./catalog.schemas";
import { assertHandleFree, assertOwned, auditActor, withUniqueFields, type TCatalogActor, type TRequestContext } from "./catalog-tx";
import { COLLECTION_UNIQUE_FIELDS } from "./create-collection";
import { loadCollectionView, replaceCollectionProducts, type TCollectionView } from "./collection-view";

/**
 * Changes the fields sent (ZCollectionPatch) of one of the store's collections; `productIds`
 * replaces the products and their order. Products must be this store's (404); a taken handle
 * is 409. Audit entry and collection.updated commit with it. An unknown or other store's id
 * is NOT_FOUND.
 */
export async function updateCollection(storeId: string, actor: TCatalogActor, id: string, input: unknown, context: TRequestContext = {}): Promise<TCollectionView> {
  const patch = ZCollectionPatch.parse(input);
  const fields = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== undefined);
  const db = storeDb(storeId);
  await withUniqueFields(
    () =>
      db.$transaction(async (tx) => {
        const locked = await tx.$queryRaw<{ handle: string }[]>`SELECT handle FROM Collection WHERE storeId = ${storeId} AND id = ${id} FOR UPDATE`;
        const before = locked[0];
        if (!before) throw new AppError("NOT_FOUND", "Collection not found");
        if (!fields.length) return;
        await assertOwned(tx, storeId, "Product", patch.productIds, "productIds");
        if (patch.handle && patch.handle !== before.handle) await assertHandleFree(tx, storeId, "Collection", patch.handle, id);
        const after = await tx.collection.update({
          where: { id },
          data: { ...(patch.title !== undefined && { title: patch.title }), ...(patch.handle !== undefined && { handle: patch.handle }) },
          select: { handle: true },
        });
        if (patch.productIds) await replaceCollectionProducts(tx, storeId, id, patch.productIds);
        await recordAudit({ storeId, ...auditActor(actor, context), action: "collection.updated", targetType: "collection", targetId: id, data: { fields } }, tx);
        const payload = { collectionId: id, handle: after.handle, ...(after.handle !== before.handle && { previousHandle: before.handle }) };
        await enqueueEvent(tx, { type: "collection.updated", storeId, payload });
      }),
    COLLECTION_UNIQUE_FIELDS,
  );
  return (await loadCollectionView(db, storeId, id))!;
}
