import { z } from "zod";
import { MAX_PAGE, MAX_QUERY_LENGTH } from "./storefront.schemas";

/**
 * The headless storefront API's inputs and outputs (GET /api/v1/storefront/products,
 * /products/{handle}, /categories). Unlike the storefront pages, which fall back to defaults
 * on bad query values, the API refuses them (422), so a client learns about its mistake.
 * The output schemas type the read functions and generate the OpenAPI document, so the
 * document cannot drift from what the API returns. Prices are decimal strings in `currency`.
 */

export const API_SORTS = ["newest", "price-asc", "price-desc", "relevance"] as const;
export const API_DEFAULT_PAGE_SIZE = 24;
export const API_MAX_PAGE_SIZE = 100;

/** Empty query values (`?q=`) count as absent. */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A product or category handle as it appears in a URL (case-insensitive). */
export const ZApiHandle = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter a handle")
  .max(191, "At most 191 characters")
  .regex(/^[a-z0-9_-]+$/, "Use letters, digits and hyphens");

/** GET /api/v1/storefront/products?q=&category=&sort=&page=&pageSize= */
export const ZApiProductsQuery = z.object({
  q: z.preprocess(blank, z.string().trim().max(MAX_QUERY_LENGTH, `At most ${MAX_QUERY_LENGTH} characters`).optional()).describe("Words to search for in title, description, tags and SKU"),
  category: z.preprocess(blank, ZApiHandle.optional()).describe("A category handle: its products and those of its subcategories"),
  sort: z
    .preprocess(blank, z.enum(API_SORTS, { error: `Sort by ${API_SORTS.join(", ")}` }).optional())
    .describe("Default: relevance when searching, newest otherwise (relevance without q means newest)"),
  page: z.preprocess(blank, z.coerce.number().int("A whole page number").min(1, "Pages start at 1").max(MAX_PAGE, `At most page ${MAX_PAGE}`).default(1)),
  pageSize: z.preprocess(
    blank,
    z.coerce.number().int("A whole number").min(1, "At least 1").max(API_MAX_PAGE_SIZE, `At most ${API_MAX_PAGE_SIZE}`).default(API_DEFAULT_PAGE_SIZE),
  ),
});
export type TApiProductsQuery = z.output<typeof ZApiProductsQuery>;

export const ZApiHandleParams = z.object({ handle: ZApiHandle });

const ZDecimal = z.string().describe('A decimal amount in the currency, e.g. "12.50"');
const ZCurrencyCode = z.string().length(3).describe("ISO 4217 code");

export const ZApiImage = z.object({
  url: z.string().describe("Absolute URL of a rendition about 640px wide"),
  srcSet: z.string().describe("Responsive candidates (absolute URLs with widths) for srcset"),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  alt: z.string().nullable(),
});
export type TApiImage = z.output<typeof ZApiImage>;

export const ZApiProductSummary = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  price: ZDecimal.describe("The cheapest variant's price"),
  compareAtPrice: ZDecimal.nullable().describe("The cheapest variant's compare-at price, when above its price"),
  currency: ZCurrencyCode,
  image: ZApiImage.nullable(),
  available: z.boolean().describe("Whether some variant can be bought now (in stock, not stock-tracked, or a service with a free upcoming seat)"),
});

export const ZApiProductList = z.object({
  items: z.array(ZApiProductSummary),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
});
export type TApiProductList = z.output<typeof ZApiProductList>;

export const ZApiVariant = z.object({
  id: z.string(),
  title: z.string(),
  sku: z.string(),
  options: z.array(z.string()).describe("Values of the product's options, in their order"),
  price: ZDecimal,
  compareAtPrice: ZDecimal.nullable(),
  available: z.boolean().describe("Whether it can be bought now: in stock or not stock-tracked; for a service, some listed slot has a free seat"),
});

export const ZApiCategoryLink = z.object({ id: z.string(), handle: z.string(), name: z.string() });

export const ZApiServiceSlot = z.object({
  id: z.string().describe("The slot's id (a cart line of a service names its slot)"),
  startsAt: z.string().describe("ISO 8601 date-time (UTC)"),
  endsAt: z.string().describe("ISO 8601 date-time (UTC)"),
  seatsLeft: z.number().int().describe("Places that can still be booked"),
});

export const ZApiProduct = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  type: z.enum(["PHYSICAL", "DIGITAL", "SERVICE"]),
  vendor: z.string().nullable(),
  tags: z.array(z.string()),
  descriptionHtml: z.string().describe("Sanitised HTML rendered from the product's Markdown"),
  seoTitle: z.string().nullable(),
  seoDescription: z.string().nullable(),
  currency: ZCurrencyCode,
  options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
  variants: z.array(ZApiVariant),
  available: z.boolean().describe("Whether some variant can be bought now"),
  media: z.array(ZApiImage),
  categories: z.array(ZApiCategoryLink),
  serviceDurationMinutes: z.number().int().nullable(),
  slots: z.array(ZApiServiceSlot).describe("Services: the upcoming bookable times, earliest first (at most 60); empty for other products"),
  timeZone: z.string().describe("The store's IANA time zone, in which to show slot times"),
  url: z.string().describe("The product page on the store's host"),
  updatedAt: z.string().describe("ISO 8601 date-time"),
});
export type TApiProduct = z.output<typeof ZApiProduct>;

export type TApiCategoryNode = {
  id: string;
  handle: string;
  name: string;
  descriptionHtml: string;
  image: TApiImage | null;
  url: string;
  children: TApiCategoryNode[];
};

export const ZApiCategoryNode: z.ZodType<TApiCategoryNode> = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  descriptionHtml: z.string(),
  image: ZApiImage.nullable().describe("The category's image, if it has one"),
  url: z.string().describe("The category page on the store's host"),
  get children() {
    return z.array(ZApiCategoryNode);
  },
});

export const ZApiCategoryTree = z.object({ categories: z.array(ZApiCategoryNode).describe("Top-level categories in display order") });
export type TApiCategoryTree = z.output<typeof ZApiCategoryTree>;
