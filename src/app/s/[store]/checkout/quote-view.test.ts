import { describe, expect, it } from "vitest";
import { toQuoteView } from "./quote-view";

describe("toQuoteView", () => {
  it("keeps the domain's decimal totals and names the chosen rate and the tax", () => {
    const view = toQuoteView({
      currency: "LKR",
      requiresShipping: true,
      shipsToCountry: true,
      rates: [{ id: "r1", name: "Standard", kind: "FLAT", priceMinor: 45_000n, price: "450.00", instructions: null }],
      shippingRate: { id: "r1", name: "Standard", kind: "FLAT", priceMinor: 45_000n, price: "450.00", instructions: null },
      taxRate: { name: "VAT", rateBp: 1800 },
      totals: {
        subtotalMinor: 669_000n,
        shippingMinor: 45_000n,
        taxMinor: 108_915n,
        discountMinor: 0n,
        totalMinor: 714_000n,
        subtotal: "6690.00",
        shipping: "450.00",
        tax: "1089.15",
        discount: "0.00",
        total: "7140.00",
        pricesIncludeTax: true,
      },
    });
    expect(view).toEqual({
      requiresShipping: true,
      shipsToCountry: true,
      rates: [{ id: "r1", name: "Standard", price: "450.00", kind: "FLAT", instructions: null }],
      shippingRateId: "r1",
      shippingName: "Standard",
      taxLabel: "VAT 18%",
      pricesIncludeTax: true,
      totals: { subtotal: "6690.00", shipping: "450.00", tax: "1089.15", discount: "0.00", total: "7140.00" },
    });
    expect(JSON.stringify(view)).not.toMatch(/Minor/);
  });
});
