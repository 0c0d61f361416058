import { describe, expect, it } from "vitest";
import { HANDLE_PATTERN } from "@/server/catalog";
import { BULK_CATEGORIES, bulkPriceMinor, bulkProduct, bulkRunId, seededRandom } from "./bulk-catalog";

const SKU_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

describe("seededRandom", () => {
  it("repeats for a seed and stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe("bulkRunId", () => {
  it("is a handle-safe id starting with b", () => {
    expect(bulkRunId(Date.UTC(2026, 10, 21), seededRandom(1))).toMatch(/^b[a-z0-9]{9,}$/);
  });
});

describe("bulkPriceMinor", () => {
  it("prices in the currency's minor units and usual range", () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const lkr = bulkPriceMinor(rand, "LKR");
      expect(lkr % 5000n).toBe(0n);
      expect(lkr >= 50_000n && lkr <= 4_500_000n).toBe(true);
      const usd = bulkPriceMinor(rand, "USD");
      expect([0n, 50n, 99n]).toContain(usd % 100n);
      expect(usd >= 500n && usd <= 40_099n).toBe(true);
      const jpy = bulkPriceMinor(rand, "JPY");
      expect(jpy % 50n).toBe(0n);
      expect(jpy >= 500n && jpy <= 30_000n).toBe(true);
    }
  });
});

describe("bulkProduct", () => {
  const rand = seededRandom(99);
  const products = Array.from({ length: 500 }, (_, i) => bulkProduct("btest01", i, rand, "LKR", BULK_CATEGORIES.length));

  it("gives unique valid handles and SKUs that carry the run id", () => {
    const handles = products.map((p) => p.handle);
    const skus = products.flatMap((p) => p.variants.map((v) => v.sku));
    expect(new Set(handles).size).toBe(handles.length);
    expect(new Set(skus.map((s) => s.toLowerCase())).size).toBe(skus.length);
    expect(handles.every((h) => HANDLE_PATTERN.test(h) && h.length <= 150 && h.includes("-btest01-"))).toBe(true);
    expect(skus.every((s) => SKU_PATTERN.test(s) && s.startsWith("BTEST01-"))).toBe(true);
  });

  it("has 1-3 variants matching the options, with a compare-at price above the price", () => {
    const counts = new Set(products.map((p) => p.variants.length));
    expect([...counts].sort()).toEqual([1, 2, 3]);
    for (const p of products) {
      if (p.variants.length === 1) {
        expect(p.options).toEqual([]);
        expect(p.variants[0]).toMatchObject({ title: "Default", option1: null });
      } else {
        expect(p.options).toHaveLength(1);
        expect(p.variants.map((v) => v.option1)).toEqual(p.options[0]!.values);
        expect(p.variants.map((v) => v.title)).toEqual(p.options[0]!.values);
      }
      for (const v of p.variants) if (v.compareAtMinor !== null) expect(v.compareAtMinor > v.priceMinor).toBe(true);
      expect(p.variants.map((v) => v.position)).toEqual(p.variants.map((_, i) => i));
    }
  });

  it("puts each product in one or two distinct categories, spread over all of them", () => {
    for (const p of products) {
      expect(p.categoryIndexes.length).toBeGreaterThanOrEqual(1);
      expect(new Set(p.categoryIndexes).size).toBe(p.categoryIndexes.length);
      expect(p.categoryIndexes.every((c) => c >= 0 && c < BULK_CATEGORIES.length)).toBe(true);
    }
    expect(new Set(products.map((p) => p.categoryIndexes[0])).size).toBe(BULK_CATEGORIES.length);
  });

  it("writes a Markdown description and comma-joined tags", () => {
    const p = products[0]!;
    expect(p.description).toContain(`**${p.title}**`);
    expect(p.tags).toMatch(/^[a-z-]+(, [a-z-]+)*$/);
  });
});
