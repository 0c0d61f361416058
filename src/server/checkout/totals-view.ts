import { minorToDecimal } from "@/lib/money";
import type { TTotals } from "./pricing";

/** An order's or quote's totals: minor units (bigint, serialised as strings) and decimal strings. */
export type TTotalsView = {
  subtotalMinor: bigint;
  shippingMinor: bigint;
  taxMinor: bigint;
  discountMinor: bigint;
  totalMinor: bigint;
  subtotal: string;
  shipping: string;
  tax: string;
  discount: string;
  total: string;
  /** Tax is inside the prices (shown, not added) when true. */
  pricesIncludeTax: boolean;
};

export function totalsView(t: Pick<TTotals, "subtotalMinor" | "shippingMinor" | "taxMinor" | "discountMinor" | "totalMinor" | "pricesIncludeTax">, currency: string): TTotalsView {
  return {
    subtotalMinor: t.subtotalMinor,
    shippingMinor: t.shippingMinor,
    taxMinor: t.taxMinor,
    discountMinor: t.discountMinor,
    totalMinor: t.totalMinor,
    subtotal: minorToDecimal(t.subtotalMinor, currency),
    shipping: minorToDecimal(t.shippingMinor, currency),
    tax: minorToDecimal(t.taxMinor, currency),
    discount: minorToDecimal(t.discountMinor, currency),
    total: minorToDecimal(t.totalMinor, currency),
    pricesIncludeTax: t.pricesIncludeTax,
  };
}
