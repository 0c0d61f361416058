import type { TCartLineRow } from "@/server/cart";
import { computeTotals, productRequiresShipping, type TPricingLine, type TTotals } from "./pricing";
import { PICKUP_RATE_ID, pickTaxRate, shippingOptions, type TDestination, type TShippingOption, type TTaxRateConfig } from "./shipping-rules";
import type { TCheckoutConfig } from "./checkout-config";

export type TQuoteRequest = {
  /** Where the goods go (the shipping address), when known. */
  destination: TDestination | null;
  /** The billing address, when given (taxes a cart that does not ship). */
  billing: TDestination | null;
  /** The chosen shipping option (a rate id or "pickup"), when chosen. */
  shippingRateId: string | null;
};

export type TCartQuote = {
  requiresShipping: boolean;
  /** Whether the store ships to the destination's country. */
  shipsToDestination: boolean;
  /** The shipping options for this cart and destination (none when nothing ships). */
  options: TShippingOption[];
  /** The chosen option when it is among `options`; null otherwise. */
  shipping: TShippingOption | null;
  /** The place whose tax rate applies, and the rate (null: no tax). */
  taxPlace: TDestination;
  taxRate: TTaxRateConfig | null;
  totals: TTotals;
};

export function pricingLine(row: Pick<TCartLineRow, "quantity" | "variant">): TPricingLine {
  const type = row.variant.product.type;
  return { unitPriceMinor: row.variant.priceMinor, quantity: row.quantity, weightGrams: row.variant.weightGrams, productType: type, requiresShipping: productRequiresShipping(type) };
}

/**
 * Prices a cart for a destination and shipping choice with the store's configuration: the
 * shipping options (zone rates by country and region, weight bands, free over the subtotal,
 * pickup), the chosen one's price, the tax rate of the place (the shipping address when goods
 * are delivered; the store's country for pickup; else the billing address, else the
 * destination given, else the store's country) and the totals from the pure pricing module.
 * Shipping is taxed at the goods' rate. Pure: the caller loads the rows and configuration.
 */
export function quoteCart(config: TCheckoutConfig, rows: readonly Pick<TCartLineRow, "quantity" | "variant">[], request: TQuoteRequest): TCartQuote {
  const { settings, store } = config;
  const lines = rows.map(pricingLine);
  const base = computeTotals({ lines, pricesIncludeTax: settings.pricesIncludeTax, taxRateBp: 0, shippingMinor: 0n });
  const destination = request.destination;
  const shipsToDestination = !!destination && settings.shipCountries.includes(destination.country.toUpperCase());
  const options = shippingOptions({
    zones: config.zones,
    destination,
    shipsToDestination,
    subtotalMinor: base.subtotalMinor,
    totalWeightGrams: base.totalWeightGrams,
    requiresShipping: base.requiresShipping,
    localPickup: { enabled: settings.localPickupEnabled, instructions: settings.pickupInstructions },
  });
  const shipping = (request.shippingRateId && options.find((o) => o.id === request.shippingRateId)) || null;
  const storePlace = { country: store.country, region: null };
  const taxPlace: TDestination =
    shipping?.id === PICKUP_RATE_ID ? storePlace : base.requiresShipping && destination ? destination : (request.billing ?? destination ?? storePlace);
  const taxRate = pickTaxRate(config.taxRates, taxPlace);
  const totals = computeTotals({ lines, pricesIncludeTax: settings.pricesIncludeTax, taxRateBp: taxRate?.rateBp ?? 0, shippingMinor: shipping?.priceMinor ?? 0n });
  return { requiresShipping: base.requiresShipping, shipsToDestination, options, shipping, taxPlace, taxRate, totals };
}
