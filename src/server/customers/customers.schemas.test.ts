import { describe, expect, it } from "vitest";
import { ZCheckbox, ZCustomerAccountPatch, ZCustomerAddressInput, ZCustomerListQuery, ZCustomerPhone, ZRegisterCustomerInput } from "./customers.schemas";

describe("ZCheckbox", () => {
  it("reads form posts and JSON alike; absent means no", () => {
    for (const yes of [true, "on", "true", "1"]) expect(ZCheckbox.parse(yes)).toBe(true);
    for (const no of [false, "off", "false", "0", "", undefined]) expect(ZCheckbox.parse(no)).toBe(false);
    expect(ZCheckbox.safeParse("yes please").success).toBe(false);
  });
});

describe("ZRegisterCustomerInput", () => {
  it("normalises the email and never assumes marketing consent", () => {
    expect(ZRegisterCustomerInput.parse({ name: " Nimal ", email: " Nimal@Example.COM ", password: "Lotus-Pond-4471" })).toEqual({
      name: "Nimal",
      email: "nimal@example.com",
      password: "Lotus-Pond-4471",
      marketingConsent: false,
    });
  });

  it("reports each bad field", () => {
    const result = ZRegisterCustomerInput.safeParse({ name: "", email: "nope", password: "123" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0]).sort()).toEqual(["email", "name", "password"]);
  });
});

describe("ZCustomerPhone", () => {
  it("accepts phone-like text, clears on empty, refuses the rest", () => {
    expect(ZCustomerPhone.parse(" +94 (77) 123-4567 ")).toBe("+94 (77) 123-4567");
    expect(ZCustomerPhone.parse("")).toBeNull();
    expect(ZCustomerPhone.safeParse("call me").success).toBe(false);
    expect(ZCustomerPhone.safeParse("+1").success).toBe(false);
  });
});

describe("ZCustomerAddressInput", () => {
  it("trims, upper-cases the country and turns empty optional fields into null", () => {
    expect(
      ZCustomerAddressInput.parse({ name: " Kumari ", company: "", line1: "1 Temple Rd", line2: " ", city: "Kandy", region: "", postalCode: "20000", country: "lk", phone: "" }),
    ).toEqual({ name: "Kumari", company: null, line1: "1 Temple Rd", line2: null, city: "Kandy", region: null, postalCode: "20000", country: "LK", phone: null, isDefault: false });
  });

  it("refuses a country that is not ISO 3166-1 alpha-2", () => {
    const result = ZCustomerAddressInput.safeParse({ name: "a", line1: "b", city: "c", postalCode: "d", country: "UK" });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["country"]);
  });
});

describe("ZCustomerAccountPatch", () => {
  it("needs at least one field and reads consent from JSON or a form", () => {
    expect(ZCustomerAccountPatch.safeParse({}).success).toBe(false);
    expect(ZCustomerAccountPatch.parse({ marketingConsent: "on" })).toEqual({ marketingConsent: true });
    expect(ZCustomerAccountPatch.parse({ phone: null })).toEqual({ phone: null });
  });
});

describe("ZCustomerListQuery", () => {
  it("defaults to the first page and lower-cases the search", () => {
    expect(ZCustomerListQuery.parse({ q: " Ann@X " })).toEqual({ q: "ann@x", page: 1 });
    expect(ZCustomerListQuery.parse({ q: "", page: "3" })).toEqual({ q: undefined, page: 3 });
    expect(ZCustomerListQuery.safeParse({ page: "0" }).success).toBe(false);
  });
});
