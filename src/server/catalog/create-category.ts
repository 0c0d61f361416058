import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { ZCategoryInput } from "./catalog.schemas";
import { allocateHandle, assertHandleFree, assertOwned, auditActor, withUniqueFields, type TCatalogActor, type TRequestContext } from "./catalog-tx";
import { CATEGORY_TX, loadCategoryViews, lockCategoryTree, nextCategoryPosition, type TCategoryView } from "./category-tree";
import { slugify } from "./slugify";

export const CATEGORY_UNIQUE_FIELDS = { _storeId_handle_key: { path: "handle", message: "Another category of this store already uses this handle" } };

/**
 * Creates a category (ZCategoryInput) under `parentId` (or at the top level), at `position` or
 * after its last sibling. Parent and image must be this store's (404); a taken handle is 409
 * on "handle", a handle made from the name takes the first free "-N" suffix. Audit entry and
 * category.created commit with it.
 */
export async function createCategory(storeId: string, actor: TCatalogActor, input: unknown, context: TRequestContext = {}): Promise<TCategoryView> {
  const data = ZCategoryInput.parse(input);
  const db = storeDb(storeId);
  const id = await withUniqueFields(
    () =>
      db.$transaction(async (tx) => {
        await lockCategoryTree(tx, storeId);
        await assertOwned(tx, storeId, "Category", data.parentId, "parentId");
        await assertOwned(tx, storeId, "MediaAsset", data.imageId, "imageId");
        let handle: string;
        if (data.handle) {
          await assertHandleFree(tx, storeId, "Category", data.handle);
          handle = data.handle;
        } else handle = await allocateHandle(tx, storeId, "Category", slugify(data.name));
        const parentId = data.parentId ?? null;
        const row = await tx.category.create({
          data: {
            storeId,
            handle,
            name: data.name,
            description: data.description ?? null,
            imageId: data.imageId ?? null,
            parentId,
            position: data.position ?? (await nextCategoryPosition(tx, storeId, parentId)),
          },
          select: { id: true },
        });
        await recordAudit({ storeId, ...auditActor(actor, context), action: "category.created", targetType: "category", targetId: row.id, data: { handle, parentId } }, tx);
        await enqueueEvent(tx, { type: "category.created", storeId, payload: { categoryId: row.id, handle } });
        return row.id;
      }, CATEGORY_TX),
    CATEGORY_UNIQUE_FIELDS,
  );
  return (await loadCategoryViews(db, storeId, [id]))[0]!;
}
