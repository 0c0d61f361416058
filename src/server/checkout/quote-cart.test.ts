import { describe, expect, it } from "vitest";
import { quoteCart } from "./quote-cart";
import type { TCheckoutConfig } from "./checkout-config";
import { defaultCheckoutSettings } from "./get-checkout-settings";

const config = (over: Partial<TCheckoutConfig["settings"]> = {}): TCheckoutConfig => ({
  store: { id: "s", slug: "s", name: "S", currency: "LKR", country: "LK", timeZone: "UTC", themeColor: "#000000" },
  settings: { ...defaultCheckoutSettings("LK"), shipCountries: ["LK", "IN"], localPickupEnabled: true, ...over },
  zones: [
    {
      id: "z-lk",
      name: "LK",
      position: 0,
      countries: [{ country: "LK" }],
      rates: [{ id: "std", name: "Standard", kind: "FLAT", priceMinor: 500n, minWeightGrams: null, maxWeightGrams: null, freeOverMinor: null, position: 0 }],
    },
    {
      id: "z-in",
      name: "IN",
      position: 1,
      countries: [{ country: "IN" }],
      rates: [{ id: "intl", name: "International", kind: "FLAT", priceMinor: 2_000n, minWeightGrams: null, maxWeightGrams: null, freeOverMinor: null, position: 0 }],
    },
  ],
  taxRates: [
    { id: "t-lk", country: "LK", region: null, name: "VAT", rateBp: 1000 },
    { id: "t-in", country: "IN", region: null, name: "GST", rateBp: 2000 },
  ],
});

const line = (type: "PHYSICAL" | "DIGITAL", priceMinor: bigint, quantity = 1) => ({
  quantity,
  variant: { id: "v", sku: "S", title: "Default", priceMinor, weightGrams: 100, trackInventory: true, lowStockThreshold: null, product: { id: "p", handle: "p", title: "P", type, status: "ACTIVE" as const, digitalMediaId: null } },
});

describe("quoteCart", () => {
  it("taxes delivered goods where they go and charges the chosen rate", () => {
    const q = quoteCart(config(), [line("PHYSICAL", 10_000n)], { destination: { country: "IN" }, billing: { country: "LK" }, shippingRateId: "intl" });
    expect(q.shipping?.id).toBe("intl");
    expect(q.taxRate?.id).toBe("t-in");
    expect(q.totals).toMatchObject({ subtotalMinor: 10_000n, shippingMinor: 2_000n, taxMinor: 2_400n, totalMinor: 14_400n });
  });
  it("taxes a pickup at the store's country, with no shipping charge", () => {
    const q = quoteCart(config(), [line("PHYSICAL", 10_000n)], { destination: { country: "IN" }, billing: null, shippingRateId: "pickup" });
    expect(q.taxPlace).toEqual({ country: "LK", region: null });
    expect(q.totals).toMatchObject({ shippingMinor: 0n, taxMinor: 1_000n, totalMinor: 11_000n });
  });
  it("taxes what does not ship at the billing address, else the store's country", () => {
    expect(quoteCart(config(), [line("DIGITAL", 10_000n)], { destination: null, billing: { country: "IN" }, shippingRateId: null }).totals.taxMinor).toBe(2_000n);
    expect(quoteCart(config(), [line("DIGITAL", 10_000n)], { destination: null, billing: null, shippingRateId: "std" }).totals).toMatchObject({ taxMinor: 1_000n, shippingMinor: 0n });
  });
  it("does not charge a rate that is not offered for the destination", () => {
    const q = quoteCart(config(), [line("PHYSICAL", 10_000n)], { destination: { country: "LK" }, billing: null, shippingRateId: "intl" });
    expect(q.shipping).toBeNull();
    expect(q.totals.shippingMinor).toBe(0n);
  });
  it("offers no zone rate to a country the store does not ship to", () => {
    const q = quoteCart(config({ shipCountries: ["LK"] }), [line("PHYSICAL", 1n)], { destination: { country: "IN" }, billing: null, shippingRateId: null });
    expect(q.shipsToDestination).toBe(false);
    expect(q.options.map((o) => o.id)).toEqual(["pickup"]);
  });
});
