import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { AppError } from "@/server/errors";
import { ZCategoryPatch } from "./catalog.schemas";
import { assertHandleFree, assertOwned, auditActor, validationFailed, withUniqueFields, type TCatalogActor, type TRequestContext } from "./catalog-tx";
import { CATEGORY_UNIQUE_FIELDS } from "./create-category";
import { CATEGORY_TX, loadCategoryViews, lockCategoryTree, wouldCycle, type TCategoryView } from "./category-tree";

/**
 * Changes the fields sent (ZCategoryPatch) of one of the store's categories. Moving it under
 * itself or one of its descendants is refused (422 on "parentId"): the tree never has a
 * cycle. Parent and image must be this store's (404); a taken handle is 409. Audit entry and
 * category.updated commit with it. An unknown or other store's id is NOT_FOUND.
 */
export async function updateCategory(storeId: string, actor: TCatalogActor, id: string, input: unknown, context: TRequestContext = {}): Promise<TCategoryView> {
  const patch = ZCategoryPatch.parse(input);
  const fields = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== undefined);
  const db = storeDb(storeId);
  await withUniqueFields(
    () =>
      db.$transaction(async (tx) => {
        await lockCategoryTree(tx, storeId);
        const before = await tx.category.findFirst({ where: { storeId, id }, select: { handle: true, parentId: true } });
        if (!before) throw new AppError("NOT_FOUND", "Category not found");
        if (!fields.length) return;
        if (patch.parentId) {
          await assertOwned(tx, storeId, "Category", patch.parentId, "parentId");
          if (await wouldCycle(tx, storeId, id, patch.parentId)) {
            throw validationFailed([{ path: "parentId", message: "A category cannot be moved into itself or one of its subcategories" }]);
          }
        }
        await assertOwned(tx, storeId, "MediaAsset", patch.imageId, "imageId");
        if (patch.handle && patch.handle !== before.handle) await assertHandleFree(tx, storeId, "Category", patch.handle, id);
        const after = await tx.category.update({
          where: { id },
          data: {
            ...(patch.name !== undefined && { name: patch.name }),
            ...(patch.handle !== undefined && { handle: patch.handle }),
            ...(patch.description !== undefined && { description: patch.description }),
            ...(patch.imageId !== undefined && { imageId: patch.imageId }),
            ...(patch.parentId !== undefined && { parentId: patch.parentId }),
            ...(patch.position !== undefined && { position: patch.position }),
          },
          select: { handle: true },
        });
        await recordAudit({ storeId, ...auditActor(actor, context), action: "category.updated", targetType: "category", targetId: id, data: { fields } }, tx);
        const payload = { categoryId: id, handle: after.handle, ...(after.handle !== before.handle && { previousHandle: before.handle }) };
        await enqueueEvent(tx, { type: "category.updated", storeId, payload });
      }, CATEGORY_TX),
    CATEGORY_UNIQUE_FIELDS,
  );
  return (await loadCategoryViews(db, storeId, [id]))[0]!;
}
