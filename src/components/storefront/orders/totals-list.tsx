import { parseMoney } from "@/lib/money";
import { formatPrice } from "@/components/storefront/format-price";

export type TTotalsText = { subtotal: string; shipping: string; tax: string; discount: string; total: string };

type TProps = {
  currency: string;
  totals: TTotalsText;
  /** Whether a shipping row belongs here (the cart or order ships). */
  shipping: { name: string | null; pending?: boolean } | null;
  /** "VAT 18%"; null shows "Tax". */
  taxLabel?: string | null;
  pricesIncludeTax: boolean;
};

const isZero = (decimal: string, currency: string) => parseMoney(decimal, currency) === 0n;

/**
 * Subtotal, shipping, discount, tax and total, exactly as the domain computed them (the
 * checkout's quote or the order's snapshot). Tax-inclusive prices show the tax as included
 * rather than added.
 */
export function TotalsList({ currency, totals, shipping, taxLabel, pricesIncludeTax }: TProps) {
  const money = (d: string) => formatPrice(d, currency);
  const row = "flex items-baseline justify-between gap-4 py-1";
  return (
    <dl className="text-sm" data-testid="totals">
      <div className={row}>
        <dt>Subtotal</dt>
        <dd className="tabular-nums" data-testid="total-subtotal">
          {money(totals.subtotal)}
        </dd>
      </div>
      {shipping ? (
        <div className={row}>
          <dt>Shipping{shipping.name ? <span className="text-gray-600"> ({shipping.name})</span> : null}</dt>
          <dd className="tabular-nums" data-testid="total-shipping">
            {shipping.pending ? <span className="text-gray-600">Choose a method</span> : isZero(totals.shipping, currency) ? "Free" : money(totals.shipping)}
          </dd>
        </div>
      ) : null}
      {isZero(totals.discount, currency) ? null : (
        <div className={row}>
          <dt>Discount</dt>
          <dd className="tabular-nums" data-testid="total-discount">
            −{money(totals.discount)}
          </dd>
        </div>
      )}
      <div className={row}>
        <dt>
          {taxLabel ?? "Tax"}
          {pricesIncludeTax ? <span className="text-gray-600"> (included in the prices)</span> : null}
        </dt>
        <dd className="tabular-nums" data-testid="total-tax">
          {money(totals.tax)}
        </dd>
      </div>
      <div className={`${row} mt-2 border-t border-gray-200 pt-3 text-base font-semibold`}>
        <dt>Total</dt>
        <dd className="tabular-nums" data-testid="total-total">
          {money(totals.total)}
        </dd>
      </div>
    </dl>
  );
}
