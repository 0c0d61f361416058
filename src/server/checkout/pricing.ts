/**
 * Pure pricing: the one calculation behind the cart page, the checkout review and the order,
 * so the totals shown are the totals charged, to the minor unit. Amounts are integer minor
 * units of the store's currency (bigint); rounding to the currency's minor unit is therefore
 * rounding to an integer, half-up, once per line (and once for shipping).
 *
 * Tax (rates in basis points of a percent, 1500 = 15.00 %):
 * - prices exclusive of tax: a line's tax is round(net * bp / 10000), added on top;
 * - prices inclusive of tax: a line's tax is round(gross * bp / (10000 + bp)), already inside
 *   the price (shown, not added).
 * Shipping is taxed like goods, at the same rate, and its price is read the same way
 * (inclusive or exclusive by the store's setting). The discount is 0 until the discounts
 * issue fills it.
 */
import type { ProductType } from "@/server/db";

export type TPricingLine = {
  unitPriceMinor: bigint;
  quantity: number;
  /** Grams per unit; null counts as 0. */
  weightGrams: number | null;
  productType: ProductType;
  requiresShipping: boolean;
};

export type TPricingInput = {
  lines: readonly TPricingLine[];
  pricesIncludeTax: boolean;
  /** The applicable tax rate; 0 when none applies. */
  taxRateBp: number;
  /** The chosen shipping rate's price (0 for none, pickup, or free over a subtotal). */
  shippingMinor: bigint;
};

export type TPricedLine = {
  /** unit price x quantity: net when prices exclude tax, gross when they include it. */
  lineTotalMinor: bigint;
  /** The line's tax, rounded half-up on its own. */
  taxMinor: bigint;
};

export type TTotals = {
  lines: TPricedLine[];
  /** Sum of the line totals (before shipping, tax on top and discount). */
  subtotalMinor: bigint;
  shippingMinor: bigint;
  /** Tax on shipping (part of taxMinor). */
  shippingTaxMinor: bigint;
  /** All tax: the lines' plus shipping's. Included in the prices when pricesIncludeTax. */
  taxMinor: bigint;
  discountMinor: bigint;
  /** What the shopper pays. */
  totalMinor: bigint;
  pricesIncludeTax: boolean;
  itemCount: number;
  /** Grams of the lines that ship. */
  totalWeightGrams: number;
  requiresShipping: boolean;
};

/** Physical goods ship; digital goods and services never do. */
export function productRequiresShipping(type: ProductType): boolean {
  return type === "PHYSICAL";
}

/** round(numerator / denominator) with halves away from zero; denominator > 0. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("divideHalfUp: the denominator must be positive");
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (2n * abs + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

function assertRate(rateBp: number): void {
  if (!Number.isInteger(rateBp) || rateBp < 0) throw new RangeError("A tax rate is a non-negative integer of basis points");
}

/**
 * The tax in an amount: included in it (tax-inclusive prices) or due on top of it
 * (tax-exclusive prices), rounded half-up to the minor unit.
 */
export function taxOf(amountMinor: bigint, rateBp: number, pricesIncludeTax: boolean): bigint {
  assertRate(rateBp);
  if (rateBp === 0 || amountMinor === 0n) return 0n;
  const bp = BigInt(rateBp);
  return pricesIncludeTax ? divideHalfUp(amountMinor * bp, 10_000n + bp) : divideHalfUp(amountMinor * bp, 10_000n);
}

/**
 * Prices a set of lines with a tax rate and a shipping price. Pure and exact: the order stores
 * these very numbers, and the cart and review pages show them.
 */
export function computeTotals(input: TPricingInput): TTotals {
  const { pricesIncludeTax, taxRateBp, shippingMinor } = input;
  if (shippingMinor < 0n) throw new RangeError("A shipping price cannot be negative");
  let subtotalMinor = 0n;
  let lineTaxMinor = 0n;
  let itemCount = 0;
  let totalWeightGrams = 0;
  let requiresShipping = false;
  const lines = input.lines.map((line) => {
    if (!Number.isInteger(line.quantity) || line.quantity < 1) throw new RangeError("A line's quantity is a positive integer");
    if (line.unitPriceMinor < 0n) throw new RangeError("A unit price cannot be negative");
    const lineTotalMinor = line.unitPriceMinor * BigInt(line.quantity);
    const taxMinor = taxOf(lineTotalMinor, taxRateBp, pricesIncludeTax);
    subtotalMinor += lineTotalMinor;
    lineTaxMinor += taxMinor;
    itemCount += line.quantity;
    if (line.requiresShipping) {
      requiresShipping = true;
      totalWeightGrams += (line.weightGrams ?? 0) * line.quantity;
    }
    return { lineTotalMinor, taxMinor };
  });
  const shipping = requiresShipping ? shippingMinor : 0n;
  const shippingTaxMinor = taxOf(shipping, taxRateBp, pricesIncludeTax);
  const taxMinor = lineTaxMinor + shippingTaxMinor;
  const discountMinor = 0n;
  const totalMinor = subtotalMinor + shipping - discountMinor + (pricesIncludeTax ? 0n : taxMinor);
  return {
    lines,
    subtotalMinor,
    shippingMinor: shipping,
    shippingTaxMinor,
    taxMinor,
    discountMinor,
    totalMinor,
    pricesIncludeTax,
    itemCount,
    totalWeightGrams,
    requiresShipping,
  };
}
