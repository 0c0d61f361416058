import type { StoreDb } from "@/server/db";
import { minorToDecimal } from "@/lib/money";
import { TAGS_SEPARATOR, type PRODUCT_STATUSES, type PRODUCT_TYPES } from "./catalog.schemas";
import type { TProductOption } from "./variants";
import type { TStoreTx } from "./catalog-tx";

/** A variant as the admin API and dashboard show it: prices as decimal strings with the currency. */
export type TVariantView = {
  id: string;
  sku: string;
  title: string;
  optionValues: string[];
  price: string;
  compareAtPrice: string | null;
  currency: string;
  weightGrams: number | null;
  barcode: string | null;
  trackInventory: boolean;
  position: number;
};

export type TProductView = {
  id: string;
  handle: string;
  title: string;
  /** Markdown, as written; renderMarkdown() makes the safe HTML. */
  description: string;
  type: (typeof PRODUCT_TYPES)[number];
  status: (typeof PRODUCT_STATUSES)[number];
  vendor: string | null;
  tags: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  options: TProductOption[];
  serviceDurationMinutes: number | null;
  digitalMediaId: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  categoryIds: string[];
  /** Images in gallery order. */
  mediaIds: string[];
  variants: TVariantView[];
};

export const splitTags = (tags: string): string[] => (tags ? tags.split(TAGS_SEPARATOR) : []);
export const joinTags = (tags: string[]): string => tags.join(TAGS_SEPARATOR);

export function parseOptions(value: unknown): TProductOption[] {
  const raw = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(raw) ? (raw as TProductOption[]) : [];
}

const PRODUCT_INCLUDE = {
  variants: { orderBy: [{ position: "asc" as const }, { id: "asc" as const }] },
  categories: { orderBy: [{ position: "asc" as const }], select: { categoryId: true } },
  media: { orderBy: [{ position: "asc" as const }], select: { mediaId: true } },
};

type TVariantRow = {
  id: string;
  sku: string;
  title: string;
  option1: string | null;
  option2: string | null;
  option3: string | null;
  priceMinor: bigint;
  compareAtMinor: bigint | null;
  currency: string;
  weightGrams: number | null;
  barcode: string | null;
  trackInventory: boolean;
  position: number;
};

export function toVariantView(v: TVariantRow): TVariantView {
  return {
    id: v.id,
    sku: v.sku,
    title: v.title,
    optionValues: [v.option1, v.option2, v.option3].filter((o): o is string => o !== null),
    price: minorToDecimal(v.priceMinor, v.currency),
    compareAtPrice: v.compareAtMinor === null ? null : minorToDecimal(v.compareAtMinor, v.currency),
    currency: v.currency,
    weightGrams: v.weightGrams,
    barcode: v.barcode,
    trackInventory: v.trackInventory,
    position: v.position,
  };
}

/** One product of the store with variants, category and media ids; null when not this store's. */
export async function loadProductView(db: StoreDb | TStoreTx, storeId: string, id: string): Promise<TProductView | null> {
  const p = await db.product.findFirst({ where: { storeId, id }, include: PRODUCT_INCLUDE });
  if (!p) return null;
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    description: p.description,
    type: p.type,
    status: p.status,
    vendor: p.vendor,
    tags: splitTags(p.tags),
    seoTitle: p.seoTitle,
    seoDescription: p.seoDescription,
    options: parseOptions(p.options),
    serviceDurationMinutes: p.serviceDurationMinutes,
    digitalMediaId: p.digitalMediaId,
    publishedAt: p.publishedAt,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    categoryIds: p.categories.map((c) => c.categoryId),
    mediaIds: p.media.map((m) => m.mediaId),
    variants: p.variants.map(toVariantView),
  };
}
