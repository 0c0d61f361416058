import "server-only";
import type { TQuoteView } from "@/components/storefront/checkout/checkout-types";
import type { TCheckoutQuote } from "@/server/checkout";

/** 1800 -> "18%", 725 -> "7.25%" (integer basis points; no floating point). */
export function percentOfBp(rateBp: number): string {
  const whole = Math.trunc(rateBp / 100);
  const rest = String(rateBp % 100).padStart(2, "0").replace(/0+$/, "");
  return `${whole}${rest ? `.${rest}` : ""}%`;
}

/** The domain's quote as the checkout form shows it (decimal strings, no bigints). */
export function toQuoteView(quote: TCheckoutQuote): TQuoteView {
  const t = quote.totals;
  return {
    requiresShipping: quote.requiresShipping,
    shipsToCountry: quote.shipsToCountry,
    rates: quote.rates.map((r) => ({ id: r.id, name: r.name, price: r.price, kind: r.kind, instructions: r.instructions })),
    shippingRateId: quote.shippingRate?.id ?? null,
    shippingName: quote.shippingRate?.name ?? null,
    taxLabel: quote.taxRate ? `${quote.taxRate.name} ${percentOfBp(quote.taxRate.rateBp)}` : null,
    pricesIncludeTax: t.pricesIncludeTax,
    totals: { subtotal: t.subtotal, shipping: t.shipping, tax: t.tax, discount: t.discount, total: t.total },
  };
}
