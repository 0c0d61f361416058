import { formatPrice } from "./format-price";

type TProps = { price: string; compareAtPrice: string | null; currency: string; from?: boolean; className?: string };

/** A price with its compare-at price struck through, both named for screen readers. */
export function Price({ price, compareAtPrice, currency, from = false, className = "" }: TProps) {
  return (
    <p className={`flex flex-wrap items-baseline gap-x-2 ${className}`}>
      <span>
        <span className="sr-only">{compareAtPrice ? "Sale price" : "Price"} </span>
        {from ? "From " : ""}
        <span className="font-semibold">{formatPrice(price, currency)}</span>
      </span>
      {compareAtPrice ? (
        <s className="text-sm text-gray-500">
          <span className="sr-only">Regular price </span>
          {formatPrice(compareAtPrice, currency)}
        </s>
      ) : null}
    </p>
  );
}
