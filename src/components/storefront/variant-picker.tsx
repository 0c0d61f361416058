"use client";

import { useId, useState } from "react";
import { AddToCart, type TAddToCartProps } from "./cart/add-to-cart";
import { formatPrice } from "./format-price";

export type TPickerVariant = { id: string; options: string[]; price: string; compareAtPrice: string | null; available: boolean };

type TProps = {
  options: { name: string; values: string[] }[];
  variants: TPickerVariant[];
  currency: string;
  initialVariantId: string;
  /** Shows quantity and "Add to cart" for the chosen variant (its availability disables it). */
  addToCart?: Omit<TAddToCartProps, "variantId" | "available">;
};

/**
 * Price, availability and one radio group per option. Choosing a value shows the matching
 * variant's price and availability and puts ?variant=<id> in the address without reloading
 * (the server reads the same parameter, so the URL can be shared). A combination no variant
 * has is announced as unavailable. An option value whose variant (with the other chosen
 * values) is sold out is struck through and says so to screen readers. With `addToCart`, the
 * quantity and "Add to cart" for the chosen variant follow (disabled when it is sold out or the
 * combination does not exist).
 */
export function VariantPicker({ options, variants, currency, initialVariantId, addToCart }: TProps) {
  const initial = variants.find((v) => v.id === initialVariantId) ?? variants[0];
  const [selected, setSelected] = useState<string[]>(initial?.options ?? []);
  const baseId = useId();
  const variant = variants.find((v) => v.options.every((value, i) => value === selected[i]));

  function choose(index: number, value: string) {
    const next = selected.map((current, i) => (i === index ? value : current));
    setSelected(next);
    const match = variants.find((v) => v.options.every((o, i) => o === next[i]));
    if (match) {
      const url = new URL(window.location.href);
      url.searchParams.set("variant", match.id);
      window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
    }
  }

  const status = !variant ? "This combination is not available" : variant.available ? "In stock" : "Sold out";
  const soldOut = (index: number, value: string) => {
    const match = variants.find((v) => v.options.every((o, i) => o === (i === index ? value : selected[i])));
    return match !== undefined && !match.available;
  };
  return (
    <div className="space-y-5">
      <div aria-live="polite" aria-atomic="true" className="space-y-1">
        {variant ? (
          <p className="flex flex-wrap items-baseline gap-x-3" data-testid="product-price">
            <span>
              <span className="sr-only">{variant.compareAtPrice ? "Sale price " : "Price "}</span>
              <span className="text-2xl font-semibold">{formatPrice(variant.price, currency)}</span>
            </span>
            {variant.compareAtPrice ? (
              <s className="text-gray-500">
                <span className="sr-only">Regular price </span>
                {formatPrice(variant.compareAtPrice, currency)}
              </s>
            ) : null}
          </p>
        ) : null}
        <p data-testid="availability" className={variant?.available ? "text-sm text-green-800" : "text-sm text-red-700"}>
          {status}
        </p>
      </div>
      {options.map((option, index) => (
        <fieldset key={option.name}>
          <legend className="text-sm font-medium">{option.name}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {option.values.map((value, valueIndex) => {
              const id = `${baseId}-${index}-${valueIndex}`;
              const gone = soldOut(index, value);
              return (
                <div key={value}>
                  <input
                    id={id}
                    type="radio"
                    name={`option-${index}`}
                    value={value}
                    checked={selected[index] === value}
                    onChange={() => choose(index, value)}
                    className="peer sr-only"
                  />
                  <label
                    htmlFor={id}
                    className={`inline-flex min-w-11 cursor-pointer items-center justify-center rounded-md border border-gray-300 px-3 py-2 text-sm peer-checked:border-[var(--store-primary,#111827)] peer-checked:bg-[var(--store-primary,#111827)] peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-[var(--store-primary,#111827)]${gone ? " text-gray-500 line-through" : ""}`}
                    data-sold-out={gone ? "true" : undefined}
                  >
                    {value}
                    {gone ? <span className="sr-only"> (sold out)</span> : null}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      {addToCart ? <AddToCart {...addToCart} variantId={variant?.id ?? null} available={variant?.available ?? false} /> : null}
    </div>
  );
}
