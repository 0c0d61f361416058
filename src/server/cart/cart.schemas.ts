import { z } from "zod";

/**
 * Inputs of the cart. Bodies are strict: a line holds a variant, a quantity and (services) a
 * slot, nothing else; a client that sends a price, a title or a total is answered 422 instead
 * of having it silently dropped, so tampering is visible. Prices always come from the catalog.
 */

/** Hard ceiling of a line's quantity, whatever the store's setting (CheckoutSettings.maxLineQuantity <= this). */
export const MAX_LINE_QUANTITY_LIMIT = 1000;
/** A store's per-line maximum when it has not set one. */
export const DEFAULT_MAX_LINE_QUANTITY = 50;
/** Distinct lines a cart can hold. */
export const MAX_CART_LINES = 100;

/** A cart id: 32 base64url characters (24 random bytes). */
export const ZCartId = z.string().regex(/^[A-Za-z0-9_-]{32}$/, "Not a cart id");
export const ZCartIdParams = z.object({ cartId: ZCartId });
export const ZCartLineParams = z.object({ cartId: ZCartId, lineId: z.string().trim().min(1).max(191).regex(/^[A-Za-z0-9_-]+$/, "Not a line id") });

const ZRecordId = (what: string) =>
  z
    .string({ error: `Send the ${what} id` })
    .trim()
    .min(1, `Send the ${what} id`)
    .max(191, `Not a ${what} id`)
    .regex(/^[A-Za-z0-9_-]+$/, `Not a ${what} id`);

/** Whole numbers from 1 to MAX_LINE_QUANTITY_LIMIT; digit strings (form posts) are accepted. */
export const ZQuantity = z.preprocess(
  (v) => (typeof v === "string" && /^\s*\d{1,9}\s*$/.test(v) ? Number(v) : v),
  z
    .number({ error: "Enter a quantity" })
    .int("Enter a whole number")
    .min(1, "At least 1")
    .max(MAX_LINE_QUANTITY_LIMIT, `At most ${MAX_LINE_QUANTITY_LIMIT}`),
);

export const ZAddCartLineInput = z.strictObject({
  variantId: ZRecordId("variant"),
  quantity: ZQuantity,
  /** Services: the booked slot. */
  slotId: z.preprocess((v) => (v === "" ? undefined : v), ZRecordId("slot").nullish()),
});
export type TAddCartLineInput = z.input<typeof ZAddCartLineInput>;

export const ZUpdateCartLineInput = z.strictObject({ quantity: ZQuantity });
export type TUpdateCartLineInput = z.input<typeof ZUpdateCartLineInput>;

/** POST /api/v1/storefront/carts: no body, or an empty JSON object (nothing is configurable yet). */
export const ZCreateCartBody = z.strictObject({});
