import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { AppError } from "@/server/errors";
import { auditActor, type TCatalogActor, type TRequestContext } from "./catalog-tx";

/**
 * Deletes one of the store's products with its variants and its category, collection and
 * media links (the database cascades them; the media files stay in the library). Writes the
 * audit entry and product.deleted in the same transaction. An unknown or other store's id is
 * NOT_FOUND.
 */
export async function deleteProduct(storeId: string, actor: TCatalogActor, id: string, context: TRequestContext = {}): Promise<void> {
  await storeDb(storeId).$transaction(async (tx) => {
    const product = await tx.product.findFirst({ where: { storeId, id }, select: { handle: true } });
    if (!product) throw new AppError("NOT_FOUND", "Product not found");
    const { count } = await tx.product.deleteMany({ where: { storeId, id } });
    if (!count) throw new AppError("NOT_FOUND", "Product not found");
    await recordAudit({ storeId, ...auditActor(actor, context), action: "product.deleted", targetType: "product", targetId: id, data: { handle: product.handle } }, tx);
    await enqueueEvent(tx, { type: "product.deleted", storeId, payload: { productId: id, handle: product.handle } });
  });
}
