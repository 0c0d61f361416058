import { z } from "zod";

/** Empty form fields arrive as "": treat them as absent. */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const PAYMENT_STATUSES = ["PENDING", "AUTHORIZED", "PAID", "PARTIALLY_REFUNDED", "REFUNDED", "FAILED", "VOIDED"] as const;
export const FULFILLMENT_STATUSES = ["UNFULFILLED", "PARTIALLY_FULFILLED", "FULFILLED", "NOT_REQUIRED"] as const;
export const ORDER_STATUSES = ["OPEN", "CANCELLED", "CLOSED"] as const;

/** A record id: anything else cannot name a row. */
export const ZOrderId = z.string().trim().min(1, "Enter an id").max(191, "Not a valid id").regex(/^[A-Za-z0-9_-]+$/, "Not a valid id");
export const ZOrderIdParams = z.object({ id: ZOrderId });
export type TOrderIdParams = z.input<typeof ZOrderIdParams>;

const upper = (v: unknown) => (typeof v === "string" ? v.trim().toUpperCase() : v);

/**
 * The dashboard's and admin API's order list: filters by payment and fulfilment status, and
 * `q` = an order number ("1001" or "#1001") or an email (or its beginning).
 */
export const ZOrderListQuery = z.object({
  paymentStatus: z.preprocess((v) => upper(blank(v)), z.enum(PAYMENT_STATUSES, { error: "Choose a payment status from the list" }).optional()),
  fulfillmentStatus: z.preprocess((v) => upper(blank(v)), z.enum(FULFILLMENT_STATUSES, { error: "Choose a fulfilment status from the list" }).optional()),
  q: z.preprocess(blank, z.string().trim().max(254, "At most 254 characters").optional()),
  page: z.preprocess(blank, z.coerce.number().int("A whole page number").min(1, "Pages start at 1").max(100_000).default(1)),
  pageSize: z.preprocess(blank, z.coerce.number().int("A whole number").min(1, "At least 1").max(100, "At most 100").default(25)),
});
export type TOrderListQuery = z.input<typeof ZOrderListQuery>;

/** The guest status link's query: GET /api/v1/storefront/orders/{id}?token= */
export const ZOrderStatusQuery = z.object({
  token: z.string({ error: "The status link's token is missing" }).trim().min(1, "The status link's token is missing").max(100, "Not a valid token"),
});
export type TOrderStatusQuery = z.input<typeof ZOrderStatusQuery>;

/** Upcoming service bookings from a moment (default now). */
export const ZUpcomingBookingsQuery = z.object({
  from: z.preprocess(blank, z.coerce.date({ error: "Enter a date and time" }).optional()),
  page: z.preprocess(blank, z.coerce.number().int("A whole page number").min(1, "Pages start at 1").max(100_000).default(1)),
  pageSize: z.preprocess(blank, z.coerce.number().int("A whole number").min(1, "At least 1").max(200, "At most 200").default(50)),
});
export type TUpcomingBookingsQuery = z.input<typeof ZUpcomingBookingsQuery>;
