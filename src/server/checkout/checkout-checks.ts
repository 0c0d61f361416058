import { env } from "@/env";
import { AppError, type TFieldIssue } from "@/server/errors";
import type { TCartLineRow } from "@/server/cart";
import type { TCheckoutConfig } from "./checkout-config";
import type { TCheckoutAddress } from "./checkout.schemas";
import type { TCartQuote } from "./quote-cart";
import { PICKUP_RATE_ID } from "./shipping-rules";

/**
 * The checks of a checkout that need no stock: what is in the cart, how it ships and how it
 * is paid. Each failure is a 422 with field paths and happens before anything is written.
 */

export const invalid = (fields: TFieldIssue[]) => new AppError("VALIDATION_FAILED", "The checkout cannot be placed as it is", { fields });

/** A line's name for messages: the product title, with the variant when it has options. */
export const lineLabel = (row: Pick<TCartLineRow, "variant">) =>
  row.variant.title && row.variant.title !== "Default" ? `${row.variant.product.title} (${row.variant.title})` : row.variant.product.title;

/** Refuses an empty cart, lines of products no longer on sale, a missing or foreign slot, and quantities above the store's maximum. */
export function assertLinesPlaceable(rows: TCartLineRow[], maxLineQuantity: number): void {
  if (!rows.length) throw invalid([{ path: "lines", message: "Your cart is empty" }]);
  const fields: TFieldIssue[] = [];
  rows.forEach((row, i) => {
    const label = lineLabel(row);
    const { product } = row.variant;
    if (product.status !== "ACTIVE") fields.push({ path: `lines.${i}`, message: `${label} is no longer available` });
    else if (product.type === "SERVICE" && (!row.slot || row.slot.productId !== product.id)) fields.push({ path: `lines.${i}`, message: `Choose a time for ${label}` });
    else if (row.quantity > maxLineQuantity) fields.push({ path: `lines.${i}.quantity`, message: `At most ${maxLineQuantity} per line` });
  });
  if (fields.length) throw invalid(fields);
}

/**
 * Refuses a payment method the store does not offer now: cash on delivery when switched off;
 * card payments unless the platform has Stripe configured and the store's connected account
 * can take charges.
 */
export function assertPaymentMethod(config: TCheckoutConfig, method: "cod" | "stripe"): void {
  const { settings } = config;
  if (method === "cod" && !settings.codEnabled) throw invalid([{ path: "paymentMethod", message: "Cash on delivery is not available at this store" }]);
  if (method === "stripe" && !(env().stripe && settings.stripeAccountId && settings.stripeChargesEnabled)) {
    throw invalid([{ path: "paymentMethod", message: "Card payments are not available at this store yet" }]);
  }
}

/**
 * Checks the delivery part against the quote: a cart that ships needs a shipping option among
 * those offered, and (unless picked up) a shipping address in a country the store ships to.
 * A cart that does not ship needs neither (anything sent is ignored).
 */
export function assertDelivery(config: TCheckoutConfig, quote: TCartQuote, input: { shippingAddress?: TCheckoutAddress; shippingRateId?: string }): void {
  if (!quote.requiresShipping) return;
  const fields: TFieldIssue[] = [];
  const pickup = input.shippingRateId === PICKUP_RATE_ID;
  if (!pickup) {
    if (!input.shippingAddress) fields.push({ path: "shippingAddress", message: "Enter the shipping address" });
    else if (!config.settings.shipCountries.includes(input.shippingAddress.country)) {
      fields.push({ path: "shippingAddress.country", message: "We do not ship to this country" });
    }
  }
  if (!input.shippingRateId) fields.push({ path: "shippingRateId", message: "Choose a shipping method" });
  else if (!quote.shipping && !fields.some((f) => f.path.startsWith("shippingAddress"))) {
    fields.push({ path: "shippingRateId", message: "This shipping method is not available for this cart and address" });
  }
  if (fields.length) throw invalid(fields);
}
