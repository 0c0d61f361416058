import { z } from "zod";

/** Empty form fields arrive as "": treat them as absent. */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A record id: anything else cannot name a row (the same rule as the catalog's ZId). */
const ZId = z.string().trim().min(1, "Enter an id").max(191, "Not a valid id").regex(/^[A-Za-z0-9_-]+$/, "Not a valid id");

/** The most stock one level may hold (keeps sums far from INT limits). */
export const MAX_STOCK_QUANTITY = 10_000_000;

const ZQuantity = (what: string) =>
  z.coerce
    .number({ error: `Enter ${what}` })
    .int("A whole number")
    .min(0, "At least 0")
    .max(MAX_STOCK_QUANTITY, `At most ${MAX_STOCK_QUANTITY.toLocaleString("en")}`);

const ZPage = {
  page: z.preprocess(blank, z.coerce.number().int("A whole page number").min(1, "Pages start at 1").max(100_000).default(1)),
  pageSize: z.preprocess(blank, z.coerce.number().int("A whole number").min(1, "At least 1").max(100, "At most 100").default(25)),
};

/**
 * A stock adjustment of one variant at one location (the default location when omitted):
 * either `delta` (a signed change, not 0) or `quantity` (the new absolute on-hand count), and
 * a reason kept in the ledger.
 */
export const ZStockAdjustmentInput = z
  .object({
    variantId: ZId,
    locationId: z.preprocess(blank, ZId.optional()),
    delta: z.preprocess(
      blank,
      z.coerce
        .number({ error: "Enter a change" })
        .int("A whole number")
        .min(-MAX_STOCK_QUANTITY, "Too large a change")
        .max(MAX_STOCK_QUANTITY, "Too large a change")
        .refine((n) => n !== 0, "A change of 0 changes nothing")
        .optional(),
    ),
    quantity: z.preprocess(blank, ZQuantity("a quantity").optional()),
    reason: z.string({ error: "Enter a reason" }).trim().min(1, "Enter a reason").max(200, "At most 200 characters"),
  })
  .superRefine((v, ctx) => {
    if ((v.delta === undefined) === (v.quantity === undefined)) {
      ctx.addIssue({ code: "custom", path: [v.delta === undefined ? "delta" : "quantity"], message: "Give either a change (delta) or a new quantity, not both" });
    }
  });
export type TStockAdjustmentInput = z.input<typeof ZStockAdjustmentInput>;

/** Moves available stock of a variant between two of the store's locations. */
export const ZStockTransferInput = z
  .object({
    variantId: ZId,
    fromLocationId: ZId,
    toLocationId: ZId,
    quantity: ZQuantity("a quantity").refine((n) => n > 0, "At least 1"),
    note: z.preprocess(blank, z.string().trim().max(200, "At most 200 characters").optional()),
  })
  .refine((v) => v.fromLocationId !== v.toLocationId, { path: ["toLocationId"], message: "Choose a different location" });
export type TStockTransferInput = z.input<typeof ZStockTransferInput>;

/** GET /api/v1/admin/inventory?variantId= */
export const ZInventoryQuery = z.object({ variantId: ZId });
export type TInventoryQuery = z.input<typeof ZInventoryQuery>;

/** One page of a variant's ledger, newest first. */
export const ZInventoryHistoryQuery = z.object(ZPage);
export type TInventoryHistoryQuery = z.input<typeof ZInventoryHistoryQuery>;

/** One page of the low-stock list. */
export const ZLowStockQuery = z.object(ZPage);
export type TLowStockQuery = z.input<typeof ZLowStockQuery>;

/** A variant's low-stock threshold; null (or "") removes it. */
export const ZLowStockThresholdInput = z.object({
  variantId: ZId,
  threshold: z.preprocess((v) => (v === "" ? null : v), ZQuantity("a threshold").nullable()),
});
export type TLowStockThresholdInput = z.input<typeof ZLowStockThresholdInput>;

export const ZStockLocationInput = z.object({
  name: z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(120, "At most 120 characters"),
});
export type TStockLocationInput = z.input<typeof ZStockLocationInput>;

/** Most rows one stock import may set. */
export const MAX_IMPORT_ROWS = 1000;

/** Sets absolute on-hand quantities of many variants at once (opening stock, CSV import). */
export const ZStockImportInput = z.object({
  rows: z
    .array(z.object({ variantId: ZId, locationId: z.preprocess(blank, ZId.optional()), quantity: ZQuantity("a quantity") }))
    .min(1, "Add at least one row")
    .max(MAX_IMPORT_ROWS, `At most ${MAX_IMPORT_ROWS} rows`),
  reason: z.string({ error: "Enter a reason" }).trim().min(1, "Enter a reason").max(200, "At most 200 characters"),
});
export type TStockImportInput = z.input<typeof ZStockImportInput>;
