import { formatPrice } from "@/components/storefront/format-price";
import { TotalsList } from "@/components/storefront/orders/totals-list";
import type { TCheckoutLine, TQuoteView } from "./checkout-types";

type TProps = { currency: string; lines: TCheckoutLine[]; quote: TQuoteView; requiresShipping: boolean; quoting: boolean };

/**
 * The checkout's review: the lines and the domain's quote for the current choices (the totals
 * the order will charge). The totals are a live region: a new shipping choice is announced.
 */
export function OrderReview({ currency, lines, quote, requiresShipping, quoting }: TProps) {
  return (
    <section aria-labelledby="checkout-review-heading" aria-busy={quoting} className="space-y-4 rounded-md border border-gray-200 p-4">
      <h2 id="checkout-review-heading" className="text-lg font-semibold">
        Review your order
      </h2>
      <ul className="divide-y divide-gray-100 text-sm" data-testid="review-lines">
        {lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-4 py-2">
            <span>
              {line.quantity} × {line.label}
              {line.slot ? <span className="block text-gray-600">{line.slot}</span> : null}
            </span>
            <span className="tabular-nums">{formatPrice(line.lineTotal, currency)}</span>
          </li>
        ))}
      </ul>
      <div aria-live="polite" aria-atomic="true">
        <TotalsList
          currency={currency}
          totals={quote.totals}
          shipping={requiresShipping ? { name: quote.shippingName, pending: !quote.shippingRateId } : null}
          taxLabel={quote.taxLabel}
          pricesIncludeTax={quote.pricesIncludeTax}
        />
      </div>
      {quoting ? (
        <p role="status" className="text-sm text-gray-600">
          Updating the totals…
        </p>
      ) : null}
    </section>
  );
}
