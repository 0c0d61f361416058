import { describe, expect, it } from "vitest";
import { applicationFeeMinor, fromStripeAmount, stripeDigits, toStripeAmount, toStripeCurrency } from "./stripe-amounts";

describe("toStripeAmount", () => {
  it("keeps our minor units where Stripe's are the same", () => {
    expect(toStripeAmount(125_050n, "LKR")).toBe(125_050);
    expect(toStripeAmount(1_250n, "JPY")).toBe(1_250);
    expect(toStripeAmount(12_340n, "KWD")).toBe(12_340);
    expect(toStripeAmount(5_000n, "UGX")).toBe(5_000);
  });

  it("converts where Stripe counts differently (ISK has two decimals at Stripe)", () => {
    expect(stripeDigits("isk")).toBe(2);
    expect(toStripeAmount(990n, "ISK")).toBe(99_000);
  });

  it("refuses zero, negative and more than eight digits", () => {
    expect(() => toStripeAmount(0n, "USD")).toThrow(/zero/);
    expect(() => toStripeAmount(-5n, "USD")).toThrow(/zero/);
    expect(() => toStripeAmount(100_000_000n, "USD")).toThrow(/above/);
    expect(toStripeAmount(99_999_999n, "USD")).toBe(99_999_999);
  });

  it("reads Stripe's amounts back exactly", () => {
    expect(fromStripeAmount(125_050, "LKR")).toBe(125_050n);
    expect(fromStripeAmount(1_250, "JPY")).toBe(1_250n);
    expect(fromStripeAmount(99_000, "ISK")).toBe(990n);
    expect(fromStripeAmount(99_050, "ISK")).toBeNull();
    expect(fromStripeAmount(1.5, "USD")).toBeNull();
  });

  it("lower-cases the currency", () => {
    expect(toStripeCurrency("LKR")).toBe("lkr");
  });
});

describe("applicationFeeMinor", () => {
  it("takes basis points of the amount, rounded half-up to the minor unit", () => {
    expect(applicationFeeMinor(10_000n, 200)).toBe(200n);
    expect(applicationFeeMinor(125n, 200)).toBe(3n); // 2.5 -> 3
    expect(applicationFeeMinor(124n, 200)).toBe(2n); // 2.48 -> 2
    expect(applicationFeeMinor(1_999n, 0)).toBe(0n);
    expect(applicationFeeMinor(1_999n, 10_000)).toBe(1_999n);
    expect(applicationFeeMinor(99_999_999_999n, 250)).toBe(2_500_000_000n); // 2499999999.975 -> up
  });

  it("refuses a rate outside 0..10000 basis points", () => {
    expect(() => applicationFeeMinor(100n, -1)).toThrow(RangeError);
    expect(() => applicationFeeMinor(100n, 10_001)).toThrow(RangeError);
    expect(() => applicationFeeMinor(100n, 1.5)).toThrow(RangeError);
  });
});
