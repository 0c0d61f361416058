import { z } from "zod";
import { HANDLE_MAX, HANDLE_PATTERN, slugify } from "./slugify";
import { parseLocalDate } from "./slot-times";
import { generationIssues, MAX_VARIANTS, SKU_MAX, SKU_PATTERN, variantIssues, type TIssue } from "./variants";

/**
 * Inputs of the catalog, shared by the dashboard forms, their server actions and the admin
 * API. Prices are decimal strings ("12.50"): their precision depends on the store's currency,
 * which the domain checks (parseMoney) when it knows the store. Nothing here imports server
 * code, so client forms may use these schemas too.
 */

export const PRODUCT_TYPES = ["PHYSICAL", "DIGITAL", "SERVICE"] as const;
export const PRODUCT_STATUSES = ["DRAFT", "ACTIVE", "ARCHIVED"] as const;
export const PRODUCT_SORTS = ["relevance", "newest", "title", "price", "price_desc"] as const;
export const TAGS_SEPARATOR = ", ";

/** Empty form fields arrive as "": treat them as absent. */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** Optional text: "" or null clears it (null), absent leaves it unchanged (undefined). */
const clearableText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(max, `At most ${max} characters`).nullish());

/** A record id (cuid): anything else cannot name a row. */
export const ZId = z.string().trim().min(1, "Enter an id").max(191, "Not a valid id").regex(/^[A-Za-z0-9_-]+$/, "Not a valid id");
export const ZIdParams = z.object({ id: ZId });

export const ZHandle = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter a handle")
  .max(HANDLE_MAX, `At most ${HANDLE_MAX} characters`)
  .regex(HANDLE_PATTERN, "Use lower-case letters, digits and single hyphens, e.g. blue-teapot");
const ZOptionalHandle = z.preprocess(blank, ZHandle.optional());

export const ZSku = z
  .string()
  .trim()
  .min(1, "Enter a SKU")
  .max(SKU_MAX, `At most ${SKU_MAX} characters`)
  .regex(SKU_PATTERN, "Use letters, digits, dots, hyphens and underscores only");

/** A price as a plain decimal string; never a JSON number (floating point is not exact). */
export const ZPriceText = z
  .string({ error: 'Send the amount as a decimal string, e.g. "12.50"' })
  .trim()
  .regex(/^\d{1,15}(\.\d+)?$/, 'Enter an amount like "12.50" (digits, optionally a decimal point)');

const ZWeightGrams = z.number({ error: "Enter the weight in grams" }).int("Whole grams only").min(0, "At least 0").max(10_000_000, "At most 10,000,000 g");

const ZOptionValue = z.string().trim().min(1, "Enter a value").max(100, "At most 100 characters");

export const ZProductOption = z
  .object({
    name: z.string().trim().min(1, "Enter the option's name").max(50, "At most 50 characters"),
    values: z.array(ZOptionValue).min(1, "Give at least one value").max(50, "At most 50 values"),
  })
  .superRefine((option, ctx) => {
    const seen = new Set<string>();
    option.values.forEach((value, i) => {
      const key = value.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["values", i], message: `"${value}" is listed twice` });
      seen.add(key);
    });
  });

export const ZVariantInput = z.object({
  sku: ZSku,
  /** One value per product option, in the options' order. */
  optionValues: z.array(ZOptionValue).max(3, "At most 3 option values").default([]),
  price: ZPriceText,
  compareAtPrice: z.preprocess(blank, ZPriceText.nullish()),
  weightGrams: ZWeightGrams.nullish(),
  barcode: clearableText(64),
  trackInventory: z.boolean().default(true),
});
export type TVariantInput = z.infer<typeof ZVariantInput>;

const ZTags = z
  .array(z.string().trim().min(1, "A tag cannot be empty").max(50, "At most 50 characters").refine((t) => !t.includes(","), "A tag cannot contain a comma"))
  .max(50, "At most 50 tags")
  .transform((tags) => tags.filter((tag, i) => tags.findIndex((t) => t.toLowerCase() === tag.toLowerCase()) === i))
  .refine((tags) => tags.join(TAGS_SEPARATOR).length <= 1000, "At most 1,000 characters of tags in all");

/**
 * The fields of a product. Used whole (with defaults) to create and partially to update.
 * `sku`, `price`, `compareAtPrice`, `weightGrams`, `barcode` and `trackInventory` at the top
 * level describe the variants to generate when `variants` is not given: one default variant
 * without options, or one per combination of option values (SKU "BASE-M-Red").
 */
const productFields = {
  title: z.string().trim().min(1, "Enter a title").max(255, "At most 255 characters"),
  handle: ZOptionalHandle,
  description: z.string().max(50_000, "At most 50,000 characters"),
  type: z.enum(PRODUCT_TYPES, { error: "Choose physical, digital or service" }),
  status: z.enum(PRODUCT_STATUSES, { error: "Choose draft, active or archived" }),
  vendor: clearableText(120),
  tags: ZTags,
  seoTitle: clearableText(70),
  seoDescription: clearableText(320),
  options: z.array(ZProductOption).max(3, "At most 3 options"),
  variants: z.array(ZVariantInput).min(1, "Give at least one variant").max(MAX_VARIANTS, `At most ${MAX_VARIANTS} variants`),
  sku: z.preprocess(blank, ZSku.optional()),
  price: z.preprocess(blank, ZPriceText.optional()),
  compareAtPrice: z.preprocess(blank, ZPriceText.nullish()),
  weightGrams: ZWeightGrams.nullish(),
  barcode: clearableText(64),
  trackInventory: z.boolean(),
  categoryIds: z.array(ZId).max(50, "At most 50 categories"),
  serviceDurationMinutes: z.number({ error: "Enter the duration in minutes" }).int("Whole minutes only").min(5, "At least 5 minutes").max(1440, "At most 1,440 minutes (a day)").nullish(),
  digitalMediaId: z.preprocess(blank, ZId.nullish()),
};

function addIssues(ctx: z.RefinementCtx, issues: TIssue[]) {
  for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
}

function optionNameIssues(options: { name: string }[] | undefined): TIssue[] {
  const seen = new Set<string>();
  return (options ?? []).flatMap((option, i) => {
    const key = option.name.toLowerCase();
    if (seen.has(key)) return [{ path: ["options", i, "name"], message: `The option "${option.name}" is listed twice` }];
    seen.add(key);
    return [];
  });
}

function uniqueIdIssues(ids: string[] | undefined, field: string): TIssue[] {
  return (ids ?? []).flatMap((id, i) => (ids!.indexOf(id) !== i ? [{ path: [field, i], message: "Listed twice" }] : []));
}

/** A new product. See productFields for generated variants; `handle` defaults to the title's slug. */
export const ZProductInput = z
  .object({
    ...productFields,
    handle: productFields.handle,
    description: productFields.description.default(""),
    type: productFields.type.default("PHYSICAL"),
    status: productFields.status.default("DRAFT"),
    tags: ZTags.default([]),
    options: productFields.options.default([]),
    variants: productFields.variants.optional(),
    trackInventory: productFields.trackInventory.default(true),
    categoryIds: productFields.categoryIds.default([]),
  })
  .superRefine((p, ctx) => {
    if (!p.handle && !slugify(p.title)) ctx.addIssue({ code: "custom", path: ["handle"], message: "Enter a handle: the title has no letters or digits to make one from" });
    addIssues(ctx, optionNameIssues(p.options));
    addIssues(ctx, uniqueIdIssues(p.categoryIds, "categoryIds"));
    if (p.variants) addIssues(ctx, variantIssues(p.options, p.variants));
    else {
      if (!p.sku) ctx.addIssue({ code: "custom", path: ["sku"], message: "Enter a SKU (or list the variants)" });
      if (!p.price) ctx.addIssue({ code: "custom", path: ["price"], message: "Enter a price (or list the variants)" });
      if (p.sku) addIssues(ctx, generationIssues(p.options, p.sku));
    }
    if (p.type === "SERVICE" && !p.serviceDurationMinutes) ctx.addIssue({ code: "custom", path: ["serviceDurationMinutes"], message: "A service needs a duration (5 to 1,440 minutes)" });
    if (p.type === "DIGITAL" && p.status === "ACTIVE" && !p.digitalMediaId) ctx.addIssue({ code: "custom", path: ["digitalMediaId"], message: "Attach the file before making a digital product active" });
  });
export type TProductInput = z.input<typeof ZProductInput>;
export type TProductData = z.output<typeof ZProductInput>;

/**
 * A change to a product: only the fields sent change. `variants` replaces the variant list
 * (matched by SKU, so unchanged SKUs keep their ids); `sku` + `price` regenerate them from the
 * options; new `options` without either must still fit the existing variants. Rules that need
 * the stored product (service duration, digital file, option fit) are checked by the domain.
 */
export const ZProductPatch = z
  .object(productFields)
  .partial()
  .superRefine((p, ctx) => {
    addIssues(ctx, optionNameIssues(p.options));
    addIssues(ctx, uniqueIdIssues(p.categoryIds, "categoryIds"));
    if (p.variants && p.options) addIssues(ctx, variantIssues(p.options, p.variants));
    if (!p.variants && (p.sku || p.price) && !(p.sku && p.price)) {
      ctx.addIssue({ code: "custom", path: [p.sku ? "price" : "sku"], message: "Send sku and price together to regenerate the variants" });
    }
    if (!p.variants && p.sku && p.options) addIssues(ctx, generationIssues(p.options, p.sku));
    if (!p.variants && !p.sku) {
      for (const key of ["compareAtPrice", "weightGrams", "barcode", "trackInventory"] as const) {
        if (p[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: "Change this on the variants, or send sku and price to regenerate them" });
      }
    }
  });
export type TProductPatch = z.input<typeof ZProductPatch>;

/** Bulk status change from the product list (at most 500 products at once). */
export const ZSetProductsStatusInput = z.object({
  ids: z
    .array(ZId)
    .min(1, "Choose at least one product")
    .max(500, "At most 500 products at once")
    .transform((ids) => [...new Set(ids)]),
  status: z.enum(PRODUCT_STATUSES, { error: "Choose draft, active or archived" }),
});
export type TSetProductsStatusInput = z.input<typeof ZSetProductsStatusInput>;

/** The admin product list's query string. Stock filters arrive with inventory (issue 5). */
export const ZProductListQuery = z.object({
  q: z.preprocess(blank, z.string().trim().max(200, "At most 200 characters").optional()),
  status: z.preprocess(blank, z.enum(PRODUCT_STATUSES, { error: "Choose draft, active or archived" }).optional()),
  type: z.preprocess(blank, z.enum(PRODUCT_TYPES, { error: "Choose physical, digital or service" }).optional()),
  categoryId: z.preprocess(blank, ZId.optional()),
  sort: z.preprocess(blank, z.enum(PRODUCT_SORTS, { error: `Sort by ${PRODUCT_SORTS.join(", ")}` }).optional()),
  page: z.preprocess(blank, z.coerce.number().int("A whole page number").min(1, "Pages start at 1").max(100_000).default(1)),
  pageSize: z.preprocess(blank, z.coerce.number().int("A whole number").min(1, "At least 1").max(100, "At most 100").default(25)),
});
export type TProductListQuery = z.input<typeof ZProductListQuery>;

const categoryFields = {
  name: z.string().trim().min(1, "Enter a name").max(150, "At most 150 characters"),
  handle: ZOptionalHandle,
  description: clearableText(5_000),
  parentId: z.preprocess(blank, ZId.nullish()),
  imageId: z.preprocess(blank, ZId.nullish()),
  position: z.number({ error: "Enter a position" }).int("A whole number").min(0, "At least 0").max(1_000_000, "At most 1,000,000"),
};

/** A new category; `handle` defaults to the name's slug, `position` to the end of its siblings. */
export const ZCategoryInput = z
  .object({ ...categoryFields, position: categoryFields.position.optional() })
  .refine((c) => !!c.handle || !!slugify(c.name), { path: ["handle"], message: "Enter a handle: the name has no letters or digits to make one from" });
export type TCategoryInput = z.input<typeof ZCategoryInput>;

export const ZCategoryPatch = z.object(categoryFields).partial();
export type TCategoryPatch = z.input<typeof ZCategoryPatch>;

const collectionFields = {
  title: z.string().trim().min(1, "Enter a title").max(150, "At most 150 characters"),
  handle: ZOptionalHandle,
  /** The collection's products in display order. */
  productIds: z
    .array(ZId)
    .max(500, "At most 500 products")
    .superRefine((ids, ctx) => addIssues(ctx, uniqueIdIssues(ids, "productIds").map((i) => ({ ...i, path: i.path.slice(1) })))),
};

/** A new manual collection; `handle` defaults to the title's slug. */
export const ZCollectionInput = z
  .object({ ...collectionFields, productIds: collectionFields.productIds.default([]) })
  .refine((c) => !!c.handle || !!slugify(c.title), { path: ["handle"], message: "Enter a handle: the title has no letters or digits to make one from" });
export type TCollectionInput = z.input<typeof ZCollectionInput>;

export const ZCollectionPatch = z.object(collectionFields).partial();
export type TCollectionPatch = z.input<typeof ZCollectionPatch>;

/** Form fields arrive as text: a whole number written in digits becomes a number, anything else is left for zod to refuse. */
const intText = (v: unknown) => (typeof v === "string" && /^\s*-?\d{1,9}\s*$/.test(v) ? Number(v) : v);

export const SLOT_MAX_CAPACITY = 10_000;
/** Slots one request may create (a repeating series). */
export const SLOT_MAX_SERIES = 100;
/** How far ahead a slot may start. */
export const SLOT_MAX_DAYS_AHEAD = 730;
/** Weekday names by number (0 = Sunday), as the series' `weekdays` counts them. */
export const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

const ZSlotCapacity = z.preprocess(
  intText,
  z
    .number({ error: "Enter the number of places" })
    .int("A whole number of places")
    .min(1, "At least 1 place")
    .max(SLOT_MAX_CAPACITY, `At most ${SLOT_MAX_CAPACITY.toLocaleString("en")} places`),
);

/**
 * New time slots of a service, in the store's time zone: one slot at `date` `time`, or a
 * series of `count` slots at that time on the days from `date` on whose weekday is in
 * `weekdays` (every day when none is chosen). `durationMinutes` defaults to the service's
 * duration. The domain turns wall-clock times into instants and refuses past ones.
 */
export const ZCreateServiceSlotsInput = z.object({
  date: z
    .string({ error: "Enter a date" })
    .trim()
    .refine((d) => parseLocalDate(d) !== null, "Enter a date that exists, as YYYY-MM-DD"),
  time: z
    .string({ error: "Enter a time" })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time as HH:MM (24-hour)"),
  capacity: ZSlotCapacity,
  durationMinutes: z.preprocess(
    (v) => intText(blank(v)),
    z.number({ error: "Enter the duration in minutes" }).int("Whole minutes only").min(5, "At least 5 minutes").max(1440, "At most 1,440 minutes (a day)").optional(),
  ),
  weekdays: z
    .array(z.preprocess(intText, z.number({ error: "Choose weekdays" }).int().min(0, "Choose weekdays").max(6, "Choose weekdays")), { error: "Choose weekdays" })
    .max(7)
    .default([])
    .transform((days) => [...new Set(days)].sort((x, y) => x - y)),
  count: z.preprocess(
    (v) => intText(blank(v)),
    z.number({ error: "Enter how many slots" }).int("A whole number").min(1, "At least 1 slot").max(SLOT_MAX_SERIES, `At most ${SLOT_MAX_SERIES} slots at once`).default(1),
  ),
});
export type TCreateServiceSlotsInput = z.input<typeof ZCreateServiceSlotsInput>;

/** A change to one slot: its capacity (never below the places already booked; the domain checks). */
export const ZUpdateServiceSlotInput = z.object({ capacity: ZSlotCapacity });
export type TUpdateServiceSlotInput = z.input<typeof ZUpdateServiceSlotInput>;
