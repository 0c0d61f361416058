import "server-only";
import { cache } from "react";
import { storeDb, type ProductType } from "@/server/db";
import { getStoreProfile } from "@/server/stores";
import { minorToDecimal } from "@/lib/money";
import { renderDescription } from "./render-description";
import { ZProductOptions, type TProductOption } from "./storefront.schemas";
import type { TCategoryLink, TMediaRef } from "./types";

export type TStorefrontVariant = {
  id: string;
  title: string;
  sku: string;
  /** option1..option3 in the order of the product's options (as many as it has). */
  options: string[];
  price: string;
  compareAtPrice: string | null;
  /**
   * Inventory is not modelled yet: every variant of an ACTIVE product is sellable. When stock
   * arrives this becomes the stock check, and the picker already shows "Sold out" for false.
   */
  available: boolean;
};

export type TProductPage = {
  id: string;
  handle: string;
  title: string;
  type: ProductType;
  vendor: string | null;
  tags: string[];
  descriptionHtml: string;
  descriptionText: string;
  seoTitle: string | null;
  seoDescription: string | null;
  options: TProductOption[];
  variants: TStorefrontVariant[];
  media: TMediaRef[];
  categories: TCategoryLink[];
  currency: string;
  serviceDurationMinutes: number | null;
  updatedAt: Date;
};

/**
 * A product page by handle: the product, its variants in order with decimal prices, its images
 * in order and its categories. Null unless the product exists in this store and is ACTIVE
 * (drafts and archived products are simply not found). Deduplicated per request (metadata and
 * page both read it).
 */
export const getProductPage = cache(async (storeId: string, handle: string): Promise<TProductPage | null> => {
  const store = await getStoreProfile(storeId);
  if (!store) return null;
  const product = await storeDb(storeId).product.findFirst({
    where: { handle: handle.toLowerCase(), status: "ACTIVE" },
    select: {
      id: true,
      handle: true,
      title: true,
      type: true,
      vendor: true,
      tags: true,
      description: true,
      seoTitle: true,
      seoDescription: true,
      options: true,
      serviceDurationMinutes: true,
      updatedAt: true,
      variants: {
        where: { storeId },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, title: true, sku: true, option1: true, option2: true, option3: true, priceMinor: true, compareAtMinor: true },
      },
      media: {
        where: { storeId, media: { storeId, kind: "IMAGE" } },
        orderBy: [{ position: "asc" }, { mediaId: "asc" }],
        select: { media: { select: { id: true, width: true, height: true, alt: true } } },
      },
      categories: {
        where: { storeId, category: { storeId } },
        orderBy: [{ position: "asc" }, { categoryId: "asc" }],
        select: { category: { select: { id: true, handle: true, name: true } } },
      },
    },
  });
  if (!product) return null;
  const options = ZProductOptions.parse(product.options);
  const description = renderDescription(product.description);
  const currency = store.currency;
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    type: product.type,
    vendor: product.vendor,
    tags: product.tags.split(",").map((t) => t.trim()).filter(Boolean),
    descriptionHtml: description.html,
    descriptionText: description.text,
    seoTitle: product.seoTitle,
    seoDescription: product.seoDescription,
    options,
    variants: product.variants.map((v) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      options: [v.option1, v.option2, v.option3].slice(0, options.length).map((o) => o ?? ""),
      price: minorToDecimal(v.priceMinor, currency),
      compareAtPrice: v.compareAtMinor !== null && v.compareAtMinor > v.priceMinor ? minorToDecimal(v.compareAtMinor, currency) : null,
      available: true,
    })),
    media: product.media.map((m) => m.media),
    categories: product.categories.map((c) => c.category),
    currency,
    serviceDurationMinutes: product.serviceDurationMinutes,
    updatedAt: product.updatedAt,
  };
});
