import "server-only";
import type { TQuoteView } from "@/components/storefront/checkout/checkout-types";
import { taxLabelOf } from "@/lib/percent";
import type { TCheckoutQuote } from "@/server/checkout";

/** The domain's quote as the checkout form shows it (decimal strings, no bigints). */
export function toQuoteView(quote: TCheckoutQuote): TQuoteView {
  const t = quote.totals;
  return {
    requiresShipping: quote.requiresShipping,
    shipsToCountry: quote.shipsToCountry,
    rates: quote.rates.map((r) => ({ id: r.id, name: r.name, price: r.price, kind: r.kind, instructions: r.instructions })),
    shippingRateId: quote.shippingRate?.id ?? null,
    shippingName: quote.shippingRate?.name ?? null,
    taxLabel: taxLabelOf(quote.taxRate),
    pricesIncludeTax: t.pricesIncludeTax,
    totals: { subtotal: t.subtotal, shipping: t.shipping, tax: t.tax, discount: t.discount, total: t.total },
  };
}
