import { z } from "zod";

/**
 * Inputs of the storefront read model, parsed from a page's searchParams (a GET form or a
 * link). Bad values never fail a shopper's page: they fall back to the defaults, and prices
 * that do not parse in the store's currency are reported back by getCategoryPage.
 */

export const CATEGORY_PAGE_SIZE = 24;
export const SEARCH_PAGE_SIZE = 24;
/** Deep pages are refused (an OFFSET that large is a crawler loop, not a shopper). */
export const MAX_PAGE = 1000;
export const MAX_QUERY_LENGTH = 100;

export const CATEGORY_SORTS = ["newest", "price-asc", "price-desc"] as const;
export const ZCategorySort = z.enum(CATEGORY_SORTS);
export type TCategorySort = z.infer<typeof ZCategorySort>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const all = (v: unknown): string[] => (Array.isArray(v) ? v : typeof v === "string" ? [v] : []).filter((s): s is string => typeof s === "string");

export const ZPage = z.preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE)).catch(1);

const ZPriceText = z.preprocess(
  first,
  z
    .string()
    .trim()
    .max(20)
    .transform((v) => (v === "" ? undefined : v))
    .optional(),
).catch(undefined);

/**
 * Option filters travel as repeated `o=<Name>:<value>` parameters (one per ticked value, e.g.
 * `o=Size:M&o=Size:L&o=Colour:Red`), so a GET form of checkboxes produces them directly.
 * Values of one option are alternatives; different options must all match one variant.
 */
export const ZOptionFilters = z.preprocess(all, z.array(z.string().max(220))).transform((pairs) => {
  const filters: Record<string, string[]> = {};
  for (const pair of pairs.slice(0, 30)) {
    const at = pair.indexOf(":");
    if (at <= 0) continue;
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    if (!name || !value || name.length > 100 || value.length > 100) continue;
    const values = (filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return filters;
});

/** `inStock=1` (a ticked checkbox) keeps only products that can be bought now; anything else means all. */
export const ZInStockFlag = z.preprocess(first, z.string().optional()).transform((v) => v === "1" || v === "true" || v === "on").catch(false);

/** A category page's query string: ?page=&sort=&minPrice=&maxPrice=&o=Size:M&inStock=1 */
export const ZCategoryQuery = z.object({
  page: ZPage,
  sort: z.preprocess(first, ZCategorySort).catch("newest"),
  minPrice: ZPriceText,
  maxPrice: ZPriceText,
  o: ZOptionFilters.catch({}),
  inStock: ZInStockFlag,
});

/** The filters getCategoryPage accepts; prices are decimal strings in the store's currency. */
export type TCategoryQuery = {
  page?: number;
  sort?: TCategorySort;
  minPrice?: string;
  maxPrice?: string;
  /** Option name -> accepted values, e.g. { Size: ["M", "L"] }. */
  options?: Record<string, string[]>;
  /** Only products that can be bought now (inventory's productAvailableSql). */
  inStock?: boolean;
};

/** Turns a page's searchParams into getCategoryPage's query. */
export function parseCategoryQuery(searchParams: Record<string, string | string[] | undefined>): Required<Pick<TCategoryQuery, "page" | "sort" | "options" | "inStock">> & TCategoryQuery {
  const parsed = ZCategoryQuery.parse(searchParams);
  return { page: parsed.page, sort: parsed.sort, minPrice: parsed.minPrice, maxPrice: parsed.maxPrice, options: parsed.o, inStock: parsed.inStock };
}

/** The search page's query string: ?q=&page= */
export const ZSearchQuery = z.object({
  q: z
    .preprocess(first, z.string().optional())
    .transform((v) => (v ?? "").trim().slice(0, MAX_QUERY_LENGTH))
    .catch(""),
  page: ZPage,
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

/** ?variant=<id> on a product page; anything else means "the first variant". */
export const ZVariantParam = z.preprocess(first, z.string().regex(/^[A-Za-z0-9_-]{1,191}$/).optional()).catch(undefined);

/** Product options as stored on Product.options; a malformed value reads as "no options". */
export const ZProductOptions = z
  .array(z.object({ name: z.string(), values: z.array(z.string()) }))
  .max(3)
  .catch([]);
export type TProductOption = z.infer<typeof ZProductOptions>[number];
