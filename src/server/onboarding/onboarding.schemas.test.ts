import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS, ZCreateStoreInput, ZNextPath, ZStoreSlug, ZUpdateStoreSettingsInput } from "./onboarding.schemas";
import { COUNTRY_CODES, CURRENCY_CODES, countryOptions, timeZones } from "./store-options";

const slugError = (value: string) => {
  const r = ZStoreSlug.safeParse(value);
  return r.success ? null : r.error.issues[0]!.message;
};

describe("store slug rules", () => {
  it("accepts lower-case letters, digits and inner hyphens, 3-40 characters", () => {
    for (const ok of ["lanka-gems", "abc", "a1b", "shop-2026", "x".repeat(40)]) expect(slugError(ok)).toBeNull();
  });

  it("lower-cases and trims what the merchant typed", () => {
    expect(ZStoreSlug.parse("  Lanka-Gems ")).toBe("lanka-gems");
  });

  it("refuses length, characters and hyphen placement with a message for each", () => {
    expect(slugError("ab")).toMatch(/at least 3/);
    expect(slugError("x".repeat(41))).toMatch(/at most 40/);
    expect(slugError("lanka gems")).toMatch(/letters, digits and hyphens/);
    expect(slugError("lanka_gems")).toMatch(/letters, digits and hyphens/);
    expect(slugError("lankä")).toMatch(/letters, digits and hyphens/);
    expect(slugError("-lanka")).toMatch(/start or end with a hyphen/);
    expect(slugError("lanka-")).toMatch(/start or end with a hyphen/);
    expect(slugError("xn--abc")).toMatch(/single hyphens/);
  });

  it("refuses reserved words, including the ones the issue names", () => {
    for (const word of ["www", "app", "admin", "api", "mail", "dev", "static", "dashboard", "login", "signup", "support", "billing", "new", "account"]) {
      expect(RESERVED_SLUGS.has(word)).toBe(true);
      if (word.length >= 3) expect(slugError(word)).toMatch(/reserved/);
    }
    expect(slugError("WWW")).toMatch(/reserved/);
  });
});

describe("create store input", () => {
  const valid = { name: "Lanka Gems", slug: "lanka-gems", country: "LK", currency: "LKR", timeZone: "Asia/Colombo" };

  it("accepts a complete store", () => {
    expect(ZCreateStoreInput.parse(valid)).toEqual(valid);
    expect(ZCreateStoreInput.parse({ ...valid, timeZone: "UTC" }).timeZone).toBe("UTC");
  });

  it("names every bad field", () => {
    const r = ZCreateStoreInput.safeParse({ name: "", slug: "a", country: "XX", currency: "ABC", timeZone: "Mars/Base" });
    expect(r.success).toBe(false);
    expect(new Set(r.error!.issues.map((i) => i.path[0]))).toEqual(new Set(["name", "slug", "country", "currency", "timeZone"]));
  });
});

describe("store settings input (settings page and PATCH /api/v1/admin/store)", () => {
  it("accepts any subset and lower-cases the colour", () => {
    expect(ZUpdateStoreSettingsInput.parse({ themeColor: "#0F766E" })).toEqual({ themeColor: "#0f766e" });
    expect(ZUpdateStoreSettingsInput.parse({ name: "New", timeZone: "Europe/London" })).toEqual({ name: "New", timeZone: "Europe/London" });
  });

  it("refuses nothing to change, bad colours and fields it does not own", () => {
    expect(ZUpdateStoreSettingsInput.safeParse({}).success).toBe(false);
    expect(ZUpdateStoreSettingsInput.safeParse({ themeColor: "red" }).success).toBe(false);
    expect(ZUpdateStoreSettingsInput.safeParse({ themeColor: "#12345" }).success).toBe(false);
    expect(ZUpdateStoreSettingsInput.safeParse({ name: "x", slug: "other" }).success).toBe(false);
    expect(ZUpdateStoreSettingsInput.safeParse({ currency: "USD" }).success).toBe(false);
  });
});

describe("next path after a flow", () => {
  it("keeps same-site paths and drops everything else", () => {
    expect(ZNextPath.parse("/invitations/accept?store=a&token=b")).toBe("/invitations/accept?store=a&token=b");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, 42]) {
      expect(ZNextPath.parse(bad)).toBeUndefined();
    }
  });
});

describe("store options", () => {
  it("lists every ISO 3166-1 alpha-2 country once, with names", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(countryOptions().find((o) => o.value === "LK")?.label).toBe("Sri Lanka");
  });

  it("offers the currencies the issue requires and real IANA time zones", () => {
    for (const c of ["LKR", "USD", "EUR", "GBP", "INR", "JPY", "AUD", "CAD", "SGD"]) expect(CURRENCY_CODES).toContain(c);
    expect(timeZones()[0]).toBe("UTC");
    expect(timeZones()).toContain("Asia/Colombo");
    expect(timeZones()).not.toContain("Mars/Base");
  });
});
