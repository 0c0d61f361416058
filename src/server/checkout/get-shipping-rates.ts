import { minorToDecimal } from "@/lib/money";
import { sql } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadCart } from "@/server/cart";
import { ZCheckoutQuoteQuery, ZShippingRatesQuery } from "./checkout.schemas";
import { checkoutConfigOf } from "./checkout-config";
import { quoteCart } from "./quote-cart";
import { totalsView, type TTotalsView } from "./totals-view";
import type { TShippingOption } from "./shipping-rules";

export type TShippingRateOption = Omit<TShippingOption, "zoneId"> & { price: string };

export type TShippingRates = {
  currency: string;
  /** False when nothing in the cart ships (digital goods and services): no shipping step. */
  requiresShipping: boolean;
  /** Whether the store ships to the country asked about. */
  shipsToCountry: boolean;
  rates: TShippingRateOption[];
};

export type TCheckoutQuote = {
  currency: string;
  requiresShipping: boolean;
  shipsToCountry: boolean;
  rates: TShippingRateOption[];
  /** The chosen rate when it applies (else null: choose one of `rates`). */
  shippingRate: TShippingRateOption | null;
  taxRate: { name: string; rateBp: number } | null;
  totals: TTotalsView;
};

const toOption = (o: TShippingOption, currency: string): TShippingRateOption => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  priceMinor: o.priceMinor,
  price: minorToDecimal(o.priceMinor, currency),
  instructions: o.instructions,
});

async function loadPricedCart(storeId: string, cartId: string) {
  const [{ cart, rows }, config] = await Promise.all([loadCart(sql(), storeId, cartId, { images: false }), checkoutConfigOf(storeId)]);
  if (!cart) throw new AppError("NOT_FOUND", "Cart not found");
  return { rows: rows.filter((r) => r.variant.product.status === "ACTIVE"), config };
}

/**
 * The shipping options of a cart for a destination (ZShippingRatesQuery: country, optional
 * region), priced for this cart: the matching zone's rates (weight bands and free-over
 * applied) and local pickup; none when the store does not ship to the country (pickup
 * still), and none at all when nothing in the cart ships. A cart of another store is NOT_FOUND.
 *
 * @throws ZodError (422); AppError NOT_FOUND.
 */
export async function getShippingRates(storeId: string, cartId: string, query: unknown): Promise<TShippingRates> {
  const { country, region } = ZShippingRatesQuery.parse(query);
  const { rows, config } = await loadPricedCart(storeId, cartId);
  const quote = quoteCart(config, rows, { destination: { country, region: region ?? null }, billing: null, shippingRateId: null });
  const currency = config.store.currency;
  return { currency, requiresShipping: quote.requiresShipping, shipsToCountry: quote.shipsToDestination, rates: quote.options.map((o) => toOption(o, currency)) };
}

/**
 * The totals checkout will charge for this cart, destination and shipping choice
 * (ZCheckoutQuoteQuery), computed by the same code that places the order: the review step
 * shows exactly what is charged. Lines whose product is no longer active are left out (checkout
 * refuses them).
 *
 * @throws ZodError (422); AppError NOT_FOUND.
 */
export async function getCheckoutQuote(storeId: string, cartId: string, query: unknown): Promise<TCheckoutQuote> {
  const q = ZCheckoutQuoteQuery.parse(query);
  const { rows, config } = await loadPricedCart(storeId, cartId);
  const destination = q.country ? { country: q.country, region: q.region ?? null } : null;
  const quote = quoteCart(config, rows, { destination, billing: null, shippingRateId: q.shippingRateId ?? null });
  const currency = config.store.currency;
  return {
    currency,
    requiresShipping: quote.requiresShipping,
    shipsToCountry: quote.shipsToDestination,
    rates: quote.options.map((o) => toOption(o, currency)),
    shippingRate: quote.shipping ? toOption(quote.shipping, currency) : null,
    taxRate: quote.taxRate ? { name: quote.taxRate.name, rateBp: quote.taxRate.rateBp } : null,
    totals: totalsView(quote.totals, currency),
  };
}
