import "server-only";
import { cache } from "react";
import { formatSlotTimes } from "@/server/catalog";
import { storeDb, type ProductType } from "@/server/db";
import { availabilityOf } from "@/server/inventory";
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
   * Whether it can be bought now: it does not track inventory, or it has stock available (on
   * hand minus reserved, over all locations: inventory's availabilityOf); for a service, one of
   * the upcoming slots listed on the page has a free seat. False shows "Sold out" and cannot be
   * added to the cart.
   */
  available: boolean;
};

/** A bookable time of a service, as its product page lists it. */
export type TStorefrontSlot = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  /** Start and end as shoppers read them in the store's time zone (formatSlotTimes). */
  start: string;
  end: string;
  /** Places left: capacity minus places booked, never below 0. */
  seatsLeft: number;
};

/** A product page lists at most this many upcoming slots of a service. */
export const PRODUCT_PAGE_SLOT_LIMIT = 60;

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
  /** Whether some variant is available (JSON-LD, cards and the API say "Sold out" otherwise). */
  available: boolean;
  media: TMediaRef[];
  categories: TCategoryLink[];
  currency: string;
  serviceDurationMinutes: number | null;
  /** Services: the slots starting after this read, earliest first; empty for other products. */
  slots: TStorefrontSlot[];
  /** The store's IANA time zone, in which slot times are shown. */
  timeZone: string;
  updatedAt: Date;
};

/**
 * A product page by handle: the product, its variants in order with decimal prices, its images
 * in order, its categories and, for a service, its upcoming time slots with places left. Null
 * unless the product exists in this store and is ACTIVE (drafts and archived products are
 * simply not found). Deduplicated per request (metadata and page both read it).
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
      slots: {
        where: { storeId, startsAt: { gt: new Date() } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        take: PRODUCT_PAGE_SLOT_LIMIT,
        select: { id: true, startsAt: true, endsAt: true, capacity: true, booked: true },
      },
    },
  });
  if (!product) return null;
  const options = ZProductOptions.parse(product.options);
  const description = renderDescription(product.description);
  const currency = store.currency;
  // A service's stock is its slots (the ones a shopper can pick here); goods go by their stock.
  const stock = product.type === "SERVICE" ? null : await availabilityOf(storeId, product.variants.map((v) => v.id));
  const slotHasRoom = product.slots.some((slot) => slot.booked < slot.capacity);
  const isAvailable = (variantId: string) => {
    if (!stock) return slotHasRoom;
    const left = stock.get(variantId);
    return left === null || (left ?? 0) > 0;
  };
  const variants: TStorefrontVariant[] = product.variants.map((v) => ({
    id: v.id,
    title: v.title,
    sku: v.sku,
    options: [v.option1, v.option2, v.option3].slice(0, options.length).map((o) => o ?? ""),
    price: minorToDecimal(v.priceMinor, currency),
    compareAtPrice: v.compareAtMinor !== null && v.compareAtMinor > v.priceMinor ? minorToDecimal(v.compareAtMinor, currency) : null,
    available: isAvailable(v.id),
  }));
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
    variants,
    available: variants.some((v) => v.available),
    media: product.media.map((m) => m.media),
    categories: product.categories.map((c) => c.category),
    currency,
    serviceDurationMinutes: product.serviceDurationMinutes,
    slots:
      product.type === "SERVICE"
        ? product.slots.map((slot) => ({
            id: slot.id,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            ...formatSlotTimes(slot, store.timeZone),
            seatsLeft: Math.max(0, slot.capacity - slot.booked),
          }))
        : [],
    timeZone: store.timeZone,
    updatedAt: product.updatedAt,
  };
});
