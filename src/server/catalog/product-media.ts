import "server-only";
import { z } from "zod";
import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { enqueueEvent } from "@/server/events";
import { ZId } from "./catalog.schemas";
import { auditActor, TX_OPTIONS, validationFailed, type TCatalogActor, type TRequestContext } from "./catalog-tx";
import { loadProductView, type TProductView } from "./product-view";

export const MAX_PRODUCT_MEDIA = 50;

/** A product's gallery: image ids with their positions (lower first); the list replaces the old one. */
export const ZProductMediaInput = z
  .array(
    z.object({
      mediaId: ZId,
      position: z.number({ error: "Enter a position" }).int("A whole number").min(0, "At least 0").max(1_000_000, "At most 1,000,000"),
    }),
  )
  .max(MAX_PRODUCT_MEDIA, `At most ${MAX_PRODUCT_MEDIA} images`)
  .superRefine((items, ctx) => {
    items.forEach((item, i) => {
      if (items.findIndex((other) => other.mediaId === item.mediaId) !== i) ctx.addIssue({ code: "custom", path: [i, "mediaId"], message: "Listed twice" });
    });
  });
export type TProductMediaInput = z.input<typeof ZProductMediaInput>;

/**
 * Replaces the images of one of the store's products (ProductMedia rows) with `items`, in
 * position order (ties keep the list's order; stored positions become 0, 1, 2 ...). Every
 * media id must be an IMAGE of this store: an unknown or another store's id is NOT_FOUND
 * (field `N.mediaId`) exactly like a missing product, a file is VALIDATION_FAILED. The rows,
 * the audit entry (product.updated, fields ["media"]) and the product.updated outbox event
 * are written in one transaction; on any failure nothing changes.
 *
 * @throws ZodError for invalid input; AppError NOT_FOUND, VALIDATION_FAILED.
 */
export async function setProductMedia(storeId: string, actor: TCatalogActor, productId: string, input: unknown, context: TRequestContext = {}): Promise<TProductView> {
  const items = ZProductMediaInput.parse(input);
  const ordered = items.map((item, i) => ({ ...item, i })).sort((a, b) => a.position - b.position || a.i - b.i);
  const ids = ordered.map((item) => item.mediaId);
  const db = storeDb(storeId);
  await db.$transaction(async (tx) => {
    const product = await tx.$queryRaw<{ id: string; handle: string }[]>`SELECT id, handle FROM Product WHERE storeId = ${storeId} AND id = ${productId} FOR UPDATE`;
    if (!product.length) throw new AppError("NOT_FOUND", "Product not found");
    const media = ids.length ? await tx.mediaAsset.findMany({ where: { storeId, id: { in: ids } }, select: { id: true, kind: true } }) : [];
    const kinds = new Map(media.map((m) => [m.id, m.kind]));
    const missing = items.flatMap((item, i) => (kinds.has(item.mediaId) ? [] : [{ path: `${i}.mediaId`, message: "Media not found" }]));
    if (missing.length) throw new AppError("NOT_FOUND", "Media not found", { fields: missing });
    const files = items.flatMap((item, i) => (kinds.get(item.mediaId) === "IMAGE" ? [] : [{ path: `${i}.mediaId`, message: "Only images can be shown in a product's gallery" }]));
    if (files.length) throw validationFailed(files);

    await tx.productMedia.deleteMany({ where: { storeId, productId } });
    if (ids.length) await tx.productMedia.createMany({ data: ids.map((mediaId, position) => ({ storeId, productId, mediaId, position })) });
    await recordAudit({ storeId, ...auditActor(actor, context), action: "product.updated", targetType: "product", targetId: productId, data: { fields: ["media"], mediaIds: ids } }, tx);
    await enqueueEvent(tx, { type: "product.updated", storeId, payload: { productId, handle: product[0]!.handle } });
  }, TX_OPTIONS);
  return (await loadProductView(db, storeId, productId))!;
}
