import { describe, expect, it } from "vitest";
import { computeTotals, divideHalfUp, productRequiresShipping, taxOf, type TPricingLine } from "./pricing";

const physical = (unitPriceMinor: bigint, quantity = 1, weightGrams: number | null = 100): TPricingLine => ({
  unitPriceMinor,
  quantity,
  weightGrams,
  productType: "PHYSICAL",
  requiresShipping: true,
});
const digital = (unitPriceMinor: bigint, quantity = 1): TPricingLine => ({ unitPriceMinor, quantity, weightGrams: 500, productType: "DIGITAL", requiresShipping: false });

describe("divideHalfUp", () => {
  it("rounds halves up and everything else to the nearest integer", () => {
    expect(divideHalfUp(5n, 10n)).toBe(1n);
    expect(divideHalfUp(4n, 10n)).toBe(0n);
    expect(divideHalfUp(14n, 10n)).toBe(1n);
    expect(divideHalfUp(15n, 10n)).toBe(2n);
    expect(divideHalfUp(25n, 10n)).toBe(3n);
    expect(divideHalfUp(0n, 7n)).toBe(0n);
    expect(divideHalfUp(1n, 3n)).toBe(0n);
    expect(divideHalfUp(2n, 3n)).toBe(1n);
  });

  it("rounds negative halves away from zero", () => {
    expect(divideHalfUp(-15n, 10n)).toBe(-2n);
    expect(divideHalfUp(-14n, 10n)).toBe(-1n);
  });

  it("refuses a zero or negative denominator", () => {
    expect(() => divideHalfUp(1n, 0n)).toThrow(RangeError);
    expect(() => divideHalfUp(1n, -2n)).toThrow(RangeError);
  });

  it("is exact beyond Number's precision", () => {
    expect(divideHalfUp(10n ** 30n + 5n, 10n)).toBe(10n ** 29n + 1n);
  });
});

describe("taxOf", () => {
  it("exclusive: round(net * bp / 10000)", () => {
    expect(taxOf(10_000n, 1500, false)).toBe(1_500n);
    // 333 * 15 % = 49.95 -> 50
    expect(taxOf(333n, 1500, false)).toBe(50n);
    // 330 * 15 % = 49.5 -> 50 (half-up)
    expect(taxOf(330n, 1500, false)).toBe(50n);
    // 329 * 15 % = 49.35 -> 49
    expect(taxOf(329n, 1500, false)).toBe(49n);
  });

  it("inclusive: round(gross * bp / (10000 + bp))", () => {
    // 11500 gross at 15 % holds 1500 tax exactly
    expect(taxOf(11_500n, 1500, true)).toBe(1_500n);
    // 1000 * 1500 / 11500 = 130.43 -> 130
    expect(taxOf(1_000n, 1500, true)).toBe(130n);
    // 23 * 1500 / 11500 = 3 exactly
    expect(taxOf(23n, 1500, true)).toBe(3n);
    // 2121 * 500 / 10500 = 101 exactly; 2110 * 500 / 10500 = 100.48 -> 100
    expect(taxOf(2_121n, 500, true)).toBe(101n);
    expect(taxOf(2_110n, 500, true)).toBe(100n);
    // 13891 * 500 / 10500 = 661.48 -> 661
    expect(taxOf(13_891n, 500, true)).toBe(661n);
    // an exact half: 3 * 10000 / 20000 = 1.5 -> 2
    expect(taxOf(3n, 10_000, true)).toBe(2n);
  });

  it("is 0 at rate 0 and for amount 0", () => {
    expect(taxOf(12_345n, 0, false)).toBe(0n);
    expect(taxOf(12_345n, 0, true)).toBe(0n);
    expect(taxOf(0n, 1800, false)).toBe(0n);
  });

  it("refuses a negative or fractional rate", () => {
    expect(() => taxOf(100n, -1, false)).toThrow(RangeError);
    expect(() => taxOf(100n, 12.5, false)).toThrow(RangeError);
  });
});

describe("computeTotals", () => {
  it("tax-exclusive: tax per line, rounded per line, added on top with taxed shipping", () => {
    const totals = computeTotals({
      lines: [physical(333n, 1), physical(333n, 1), physical(1_000n, 3)],
      pricesIncludeTax: false,
      taxRateBp: 1500,
      shippingMinor: 450n,
    });
    expect(totals.lines).toEqual([
      { lineTotalMinor: 333n, taxMinor: 50n },
      { lineTotalMinor: 333n, taxMinor: 50n },
      { lineTotalMinor: 3_000n, taxMinor: 450n },
    ]);
    expect(totals.subtotalMinor).toBe(3_666n);
    expect(totals.shippingMinor).toBe(450n);
    // 450 * 15 % = 67.5 -> 68
    expect(totals.shippingTaxMinor).toBe(68n);
    // per line (50 + 50 + 450) + shipping 68; rounding the sum 3666 * 15 % = 549.9 would give 550
    expect(totals.taxMinor).toBe(618n);
    expect(totals.discountMinor).toBe(0n);
    expect(totals.totalMinor).toBe(3_666n + 450n + 618n);
    expect(totals.itemCount).toBe(5);
    expect(totals.requiresShipping).toBe(true);
    expect(totals.totalWeightGrams).toBe(500);
  });

  it("tax-inclusive: tax shown but not added; total is subtotal + shipping", () => {
    const totals = computeTotals({
      lines: [physical(1_000n, 2), physical(2_300n, 1)],
      pricesIncludeTax: true,
      taxRateBp: 1500,
      shippingMinor: 575n,
    });
    // 2000 * 1500 / 11500 = 260.87 -> 261; 2300 -> 300; 575 -> 75
    expect(totals.lines.map((l) => l.taxMinor)).toEqual([261n, 300n]);
    expect(totals.shippingTaxMinor).toBe(75n);
    expect(totals.taxMinor).toBe(636n);
    expect(totals.subtotalMinor).toBe(4_300n);
    expect(totals.totalMinor).toBe(4_875n);
    expect(totals.pricesIncludeTax).toBe(true);
  });

  it("the total always equals the sum of its shown parts", () => {
    for (const pricesIncludeTax of [false, true]) {
      for (const bp of [0, 1, 800, 1500, 1750, 2500]) {
        const t = computeTotals({
          lines: [physical(999n, 7), physical(1n, 3), digital(12_345n, 2)],
          pricesIncludeTax,
          taxRateBp: bp,
          shippingMinor: 321n,
        });
        const lineSum = t.lines.reduce((s, l) => s + l.lineTotalMinor, 0n);
        expect(lineSum).toBe(t.subtotalMinor);
        expect(t.lines.reduce((s, l) => s + l.taxMinor, 0n) + t.shippingTaxMinor).toBe(t.taxMinor);
        expect(t.totalMinor).toBe(t.subtotalMinor + t.shippingMinor - t.discountMinor + (pricesIncludeTax ? 0n : t.taxMinor));
      }
    }
  });

  it("digital goods and services alone never pay shipping and weigh nothing", () => {
    const totals = computeTotals({
      lines: [digital(5_000n), { unitPriceMinor: 2_000n, quantity: 1, weightGrams: null, productType: "SERVICE", requiresShipping: false }],
      pricesIncludeTax: false,
      taxRateBp: 1000,
      shippingMinor: 999n,
    });
    expect(totals.requiresShipping).toBe(false);
    expect(totals.shippingMinor).toBe(0n);
    expect(totals.shippingTaxMinor).toBe(0n);
    expect(totals.totalWeightGrams).toBe(0);
    expect(totals.totalMinor).toBe(7_000n + 700n);
  });

  it("counts weight only of lines that ship, null weight as 0", () => {
    const totals = computeTotals({
      lines: [physical(100n, 3, 250), physical(100n, 2, null), digital(100n, 4)],
      pricesIncludeTax: false,
      taxRateBp: 0,
      shippingMinor: 0n,
    });
    expect(totals.totalWeightGrams).toBe(750);
  });

  it("an empty cart costs nothing", () => {
    const totals = computeTotals({ lines: [], pricesIncludeTax: false, taxRateBp: 1500, shippingMinor: 500n });
    expect(totals).toMatchObject({ subtotalMinor: 0n, shippingMinor: 0n, taxMinor: 0n, totalMinor: 0n, itemCount: 0, requiresShipping: false });
  });

  it("stays exact for amounts beyond 2^53", () => {
    const huge = 9_007_199_254_740_993n;
    const totals = computeTotals({ lines: [physical(huge, 3)], pricesIncludeTax: false, taxRateBp: 1000, shippingMinor: 0n });
    expect(totals.subtotalMinor).toBe(huge * 3n);
    expect(totals.taxMinor).toBe(divideHalfUp(huge * 3n * 1000n, 10_000n));
  });

  it("refuses impossible input rather than pricing it", () => {
    expect(() => computeTotals({ lines: [physical(100n, 0)], pricesIncludeTax: false, taxRateBp: 0, shippingMinor: 0n })).toThrow(RangeError);
    expect(() => computeTotals({ lines: [physical(100n, -1)], pricesIncludeTax: false, taxRateBp: 0, shippingMinor: 0n })).toThrow(RangeError);
    expect(() => computeTotals({ lines: [physical(100n, 1.5)], pricesIncludeTax: false, taxRateBp: 0, shippingMinor: 0n })).toThrow(RangeError);
    expect(() => computeTotals({ lines: [physical(-1n, 1)], pricesIncludeTax: false, taxRateBp: 0, shippingMinor: 0n })).toThrow(RangeError);
    expect(() => computeTotals({ lines: [physical(1n, 1)], pricesIncludeTax: false, taxRateBp: 0, shippingMinor: -1n })).toThrow(RangeError);
  });
});

describe("productRequiresShipping", () => {
  it("is true only for physical goods", () => {
    expect(productRequiresShipping("PHYSICAL")).toBe(true);
    expect(productRequiresShipping("DIGITAL")).toBe(false);
    expect(productRequiresShipping("SERVICE")).toBe(false);
  });
});
