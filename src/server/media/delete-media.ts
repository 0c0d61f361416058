import "server-only";
import { recordAudit } from "@/server/audit";
import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { enqueueEvent } from "@/server/events";
import { auditActor, type TMediaActor, type TMediaRequestContext } from "./media-actor";
import { keysOfAsset } from "./media-keys";
import { removeObjects } from "./store-media";
import { mediaStorage } from "./storage/media-storage";

/**
 * Deletes a media asset and its stored files. Product galleries drop it (ProductMedia
 * cascades); the media.deleted event names those products for cache invalidation. An asset
 * still used as the store's logo or banner, a category image or a digital product's file is
 * refused (409) rather than leaving a dangling reference, and so is a file bought in an order
 * that is not cancelled: the order line keeps the file for its buyer (a product may move on to a
 * new file; past buyers keep the one they paid for). The row goes first, in one transaction
 * with the audit entry and event; the files are removed after the commit.
 *
 * @throws AppError NOT_FOUND (also for another store's id), CONFLICT while still in use.
 */
export async function deleteMedia(storeId: string, actor: TMediaActor, mediaId: string, context: TMediaRequestContext = {}): Promise<void> {
  const keys = await storeDb(storeId).$transaction(async (tx) => {
    const row = await tx.mediaAsset.findFirst({ where: { id: mediaId }, select: { id: true, storeId: true, kind: true, storageKey: true, width: true } });
    if (!row) throw new AppError("NOT_FOUND", "Media not found");
    const [store, categories, products, purchases] = await Promise.all([
      tx.store.findFirst({ where: { id: storeId, OR: [{ logoMediaId: mediaId }, { bannerMediaId: mediaId }] }, select: { id: true } }),
      tx.category.count({ where: { imageId: mediaId } }),
      tx.product.count({ where: { digitalMediaId: mediaId } }),
      tx.orderLine.count({ where: { digitalMediaId: mediaId, order: { status: { not: "CANCELLED" } } } }),
    ]);
    const usedBy = [
      ...(store ? ["store theme"] : []),
      ...(categories ? ["category image"] : []),
      ...(products ? ["digital product"] : []),
      ...(purchases ? ["file bought in orders (its buyers download it from their order pages)"] : []),
    ];
    if (usedBy.length) throw new AppError("CONFLICT", `This media is still used as: ${usedBy.join(", ")}`, { usedBy });
    const gallery = await tx.productMedia.findMany({ where: { mediaId }, select: { productId: true } });
    await tx.mediaAsset.delete({ where: { id: mediaId } });
    await recordAudit(
      { storeId, ...auditActor(actor), action: "media.deleted", targetType: "media", targetId: mediaId, ip: context.ip, userAgent: context.userAgent, data: { kind: row.kind } },
      tx,
    );
    await enqueueEvent(tx, { type: "media.deleted", storeId, payload: { mediaId, kind: row.kind, productIds: gallery.map((g) => g.productId) } });
    return keysOfAsset(row);
  });
  await removeObjects(await mediaStorage(), keys);
}
