import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { AppError } from "@/server/errors";
import { auditActor, type TCatalogActor, type TRequestContext } from "./catalog-tx";
import { CATEGORY_TX, lockCategoryTree } from "./category-tree";

/**
 * Deletes one of the store's categories. Its subcategories move up to its parent (or the top
 * level) and its products stay, unlinked from it. Audit entry and category.deleted (with the
 * ids of the moved subcategories) commit with it. An unknown or other store's id is NOT_FOUND.
 */
export async function deleteCategory(storeId: string, actor: TCatalogActor, id: string, context: TRequestContext = {}): Promise<void> {
  await storeDb(storeId).$transaction(async (tx) => {
    await lockCategoryTree(tx, storeId);
    const category = await tx.category.findFirst({ where: { storeId, id }, select: { handle: true, parentId: true } });
    if (!category) throw new AppError("NOT_FOUND", "Category not found");
    const children = await tx.category.findMany({ where: { storeId, parentId: id }, select: { id: true } });
    if (children.length) await tx.category.updateMany({ where: { storeId, parentId: id }, data: { parentId: category.parentId } });
    await tx.category.deleteMany({ where: { storeId, id } });
    const movedCategoryIds = children.map((c) => c.id);
    await recordAudit({ storeId, ...auditActor(actor, context), action: "category.deleted", targetType: "category", targetId: id, data: { handle: category.handle, movedCategoryIds } }, tx);
    await enqueueEvent(tx, { type: "category.deleted", storeId, payload: { categoryId: id, handle: category.handle, parentId: category.parentId, movedCategoryIds } });
  }, CATEGORY_TX);
}
