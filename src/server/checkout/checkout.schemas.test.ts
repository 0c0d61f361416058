import { describe, expect, it } from "vitest";
import { ZCheckoutInput, ZCheckoutAddress, ZShippingRateInput, ZShippingZoneInput } from "./checkout.schemas";

const base = { email: " Buyer@Example.COM ", paymentMethod: "cod", checkoutKey: "abcdefghijklmnop" };

describe("ZCheckoutInput", () => {
  it("accepts the minimal body and normalises the email", () => {
    expect(ZCheckoutInput.parse(base)).toMatchObject({ email: "buyer@example.com", paymentMethod: "cod" });
  });
  it("refuses unknown keys: prices, totals, lines, a customer id", () => {
    for (const extra of ["totalMinor", "price", "lines", "customerId"]) {
      const result = ZCheckoutInput.safeParse({ ...base, [extra]: "x" });
      expect(result.success, extra).toBe(false);
      expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
    }
  });
  it("treats an empty discount code and shipping rate as absent", () => {
    const parsed = ZCheckoutInput.parse({ ...base, discountCode: " ", shippingRateId: "" });
    expect(parsed.discountCode).toBeUndefined();
    expect(parsed.shippingRateId).toBeUndefined();
  });
  it("parses its own output again (routes and the domain both parse)", () => {
    const once = ZCheckoutInput.parse({ ...base, shippingAddress: { name: "A", line1: "1 Road", city: "Kandy", country: "lk", phone: "" } });
    expect(ZCheckoutInput.parse(once)).toEqual(once);
  });
});

describe("ZCheckoutAddress", () => {
  it("uses the customer address rules, with the postal code optional", () => {
    expect(ZCheckoutAddress.parse({ name: " A ", line1: "1 Road", city: "Kandy", country: "lk" })).toEqual({
      name: "A",
      company: null,
      line1: "1 Road",
      line2: null,
      city: "Kandy",
      region: null,
      postalCode: null,
      country: "LK",
      phone: null,
    });
    expect(ZCheckoutAddress.safeParse({ name: "A", line1: "1 Road", city: "Kandy", country: "XX" }).error?.issues.map((i) => i.path.join("."))).toEqual(["country"]);
    expect(ZCheckoutAddress.safeParse({ name: "A", line1: "1 Road", city: "Kandy", country: "LK", phone: "call me" }).error?.issues.map((i) => i.path.join("."))).toEqual(["phone"]);
  });
});

describe("settings inputs", () => {
  it("checks weight bands and duplicate countries", () => {
    expect(ZShippingRateInput.safeParse({ name: "R", kind: "WEIGHT", price: "1", minWeightGrams: 500, maxWeightGrams: 100 }).error?.issues[0]?.path).toEqual(["maxWeightGrams"]);
    expect(ZShippingRateInput.parse({ name: "R", kind: "WEIGHT", price: "1", minWeightGrams: "", maxWeightGrams: "100" })).toMatchObject({ minWeightGrams: undefined, maxWeightGrams: 100 });
    expect(ZShippingZoneInput.safeParse({ name: "Z", countries: [{ country: "LK" }, { country: "lk" }] }).error?.issues[0]?.path).toEqual(["countries", 1, "country"]);
  });
});
