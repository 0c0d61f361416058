import "server-only";
import { getStoreProfile } from "@/server/stores";
import { apiImage } from "./api-images";
import type { TApiProduct } from "./api-schemas";
import { getProductPage } from "./get-product-page";
import { productPath, storeUrl } from "./store-url";

/**
 * A product for the headless API by handle: the product page's read model (ACTIVE only, this
 * store only) with absolute image and page URLs. Null for drafts, archived products and
 * handles of other stores.
 */
export async function getApiProduct(storeId: string, handle: string): Promise<TApiProduct | null> {
  const [store, product] = await Promise.all([getStoreProfile(storeId), getProductPage(storeId, handle)]);
  if (!store || !product) return null;
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    type: product.type,
    vendor: product.vendor,
    tags: product.tags,
    descriptionHtml: product.descriptionHtml,
    seoTitle: product.seoTitle,
    seoDescription: product.seoDescription,
    currency: product.currency,
    options: product.options,
    variants: product.variants,
    available: product.available,
    media: product.media.map((m) => apiImage(store.slug, m)),
    categories: product.categories,
    serviceDurationMinutes: product.serviceDurationMinutes,
    slots: product.slots.map((slot) => ({ id: slot.id, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), seatsLeft: slot.seatsLeft })),
    timeZone: product.timeZone,
    url: storeUrl(store.slug, productPath(product.handle)),
    updatedAt: product.updatedAt.toISOString(),
  };
}
