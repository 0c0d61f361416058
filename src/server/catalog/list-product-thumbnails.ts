import { storeDb } from "@/server/db";

/** An image as the dashboard's lists show it (URLs come from @/server/media's helpers). */
export type TProductThumbnail = { id: string; width: number | null; height: number | null; alt: string | null };

/**
 * The main (first) gallery image of each given product, for list thumbnails: one query for a
 * page of products. Products without an image, and ids that are not the store's, are absent.
 */
export async function listProductThumbnails(storeId: string, productIds: string[]): Promise<Map<string, TProductThumbnail>> {
  const thumbnails = new Map<string, TProductThumbnail>();
  if (!productIds.length) return thumbnails;
  const links = await storeDb(storeId).productMedia.findMany({
    where: { storeId, productId: { in: [...new Set(productIds)] }, media: { storeId, kind: "IMAGE" } },
    orderBy: [{ productId: "asc" }, { position: "asc" }, { mediaId: "asc" }],
    select: { productId: true, media: { select: { id: true, width: true, height: true, alt: true } } },
  });
  for (const link of links) if (!thumbnails.has(link.productId)) thumbnails.set(link.productId, link.media);
  return thumbnails;
}
