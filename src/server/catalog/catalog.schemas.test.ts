import { describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { ZCategoryInput, ZCollectionInput, ZProductInput, ZProductListQuery, ZProductPatch, ZSetProductsStatusInput } from "./catalog.schemas";
import { handleWithSuffix, slugify } from "./slugify";
import { generatedSku, generationIssues, optionCombinations, variantIssues, variantTitle } from "./variants";

const paths = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as ZodError).issues.map((i) => i.path.join("."));
  }
  return [];
};

describe("slugify", () => {
  it("makes lower-case hyphenated ASCII handles", () => {
    expect(slugify("  Café Crème — Large!! ")).toBe("cafe-creme-large");
    expect(slugify("කොළඹ")).toBe("");
    expect(slugify("x".repeat(200))).toHaveLength(150);
    expect(handleWithSuffix("a".repeat(150), 12)).toBe(`${"a".repeat(147)}-12`);
  });
});

describe("variants", () => {
  const options = [
    { name: "Size", values: ["S", "M"] },
    { name: "Colour", values: ["Red", "Navy blue"] },
  ];
  it("combines option values, first option slowest", () => {
    expect(optionCombinations(options)).toEqual([["S", "Red"], ["S", "Navy blue"], ["M", "Red"], ["M", "Navy blue"]]);
    expect(optionCombinations([])).toEqual([[]]);
    expect(variantTitle(["M", "Red"])).toBe("M / Red");
    expect(variantTitle([])).toBe("Default");
    expect(generatedSku("TEE", options, ["M", "Navy blue"])).toBe("TEE-M-Navy-blue");
    expect(generatedSku("TEE", [{ name: "Icon", values: ["★", "☆"] }], ["☆"])).toBe("TEE-2");
  });
  it("finds wrong, unknown and repeated option values and SKUs", () => {
    const issues = variantIssues(options, [
      { sku: "A", optionValues: ["S", "Red"] },
      { sku: "a", optionValues: ["S", "Red"] },
      { sku: "B", optionValues: ["XL", "Red"] },
      { sku: "C", optionValues: ["S"] },
    ]);
    expect(issues.map((i) => i.path.join("."))).toEqual(["variants.1.optionValues", "variants.1.sku", "variants.2.optionValues.0", "variants.3.optionValues"]);
    expect(variantIssues([], [{ sku: "A", optionValues: [] }, { sku: "B", optionValues: [] }]).map((i) => i.path.join("."))).toEqual(["variants.1.optionValues"]);
  });
  it("limits generated variants and their SKUs", () => {
    const big = [1, 2, 3].map((n) => ({ name: `O${n}`, values: Array.from({ length: 5 }, (_, i) => `v${i}`) }));
    expect(generationIssues(big, "X")[0]?.path).toEqual(["options"]);
    expect(generationIssues(options, "X".repeat(60))[0]?.path).toEqual(["sku"]);
    expect(generationIssues([{ name: "C", values: ["Red Blue", "Red-Blue"] }], "X")[0]?.message).toMatch(/same generated SKU/);
  });
});

describe("ZProductInput", () => {
  it("fills defaults and keeps the handle optional", () => {
    const p = ZProductInput.parse({ title: "Blue Teapot", sku: "TP-1", price: "12.50", tags: ["Tea", "tea", " Gift "] });
    expect(p.handle).toBeUndefined();
    expect(p).toMatchObject({ title: "Blue Teapot", type: "PHYSICAL", status: "DRAFT", description: "", options: [], categoryIds: [], trackInventory: true, tags: ["Tea", "Gift"] });
    expect(ZProductInput.parse({ title: "x", handle: "My-Handle", sku: "A", price: "1" }).handle).toBe("my-handle");
  });
  it("refuses bad fields with their paths", () => {
    expect(paths(() => ZProductInput.parse({ title: "", sku: "bad sku!", price: 12.5, handle: "no spaces", seoTitle: "x".repeat(71), tags: ["a,b"] }))).toEqual(
      expect.arrayContaining(["title", "sku", "price", "handle", "seoTitle", "tags.0"]),
    );
    expect(paths(() => ZProductInput.parse({ title: "x", variants: [{ sku: "A", price: "1", weightGrams: -1 }] }))).toEqual(["variants.0.weightGrams"]);
    expect(paths(() => ZProductInput.parse({ title: "x", sku: "A", price: "1", options: [{ name: "Size", values: ["S", "s"] }] }))).toContain("options.0.values.1");
    expect(paths(() => ZProductInput.parse({ title: "x", sku: "A", price: "1", tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }))).toEqual(["tags"]);
    expect(paths(() => ZProductInput.parse({ title: "x", sku: "A", price: "1", tags: Array.from({ length: 40 }, (_, i) => `${"t".repeat(40)}${i}`) }))).toEqual(["tags"]);
  });
  it("checks the rules that span fields", () => {
    expect(paths(() => ZProductInput.parse({ title: "x" }))).toEqual(["sku", "price"]);
    expect(paths(() => ZProductInput.parse({ title: "කොළඹ", sku: "A", price: "1" }))).toEqual(["handle"]);
    expect(paths(() => ZProductInput.parse({ title: "x", type: "SERVICE", sku: "A", price: "1" }))).toEqual(["serviceDurationMinutes"]);
    expect(paths(() => ZProductInput.parse({ title: "x", type: "SERVICE", serviceDurationMinutes: 3, sku: "A", price: "1" }))).toEqual(["serviceDurationMinutes"]);
    expect(paths(() => ZProductInput.parse({ title: "x", type: "DIGITAL", status: "ACTIVE", sku: "A", price: "1" }))).toEqual(["digitalMediaId"]);
    expect(paths(() => ZProductInput.parse({ title: "x", type: "DIGITAL", status: "DRAFT", sku: "A", price: "1" }))).toEqual([]);
    expect(
      paths(() =>
        ZProductInput.parse({
          title: "x",
          options: [{ name: "Size", values: ["S"] }, { name: "size", values: ["M"] }],
          variants: [{ sku: "A", price: "1", optionValues: ["S", "M"] }],
          categoryIds: ["c1", "c1"],
        }),
      ),
    ).toEqual(["options.1.name", "categoryIds.1"]);
  });
});

describe("other inputs", () => {
  it("patch: only sent fields, sku and price together", () => {
    expect(ZProductPatch.parse({ title: "New" })).toEqual({ title: "New" });
    expect(ZProductPatch.parse({ vendor: "" })).toEqual({ vendor: null });
    expect(paths(() => ZProductPatch.parse({ sku: "A" }))).toEqual(["price"]);
    expect(paths(() => ZProductPatch.parse({ barcode: "123", trackInventory: false }))).toEqual(["barcode", "trackInventory"]);
    expect(paths(() => ZProductPatch.parse({ sku: "A", price: "2", barcode: "123" }))).toEqual([]);
  });
  it("bulk status: 1 to 500 ids, deduplicated", () => {
    expect(ZSetProductsStatusInput.parse({ ids: ["a", "a", "b"], status: "ARCHIVED" }).ids).toEqual(["a", "b"]);
    expect(paths(() => ZSetProductsStatusInput.parse({ ids: Array.from({ length: 501 }, (_, i) => `p${i}`), status: "ACTIVE" }))).toEqual(["ids"]);
    expect(paths(() => ZSetProductsStatusInput.parse({ ids: [], status: "NOPE" }))).toEqual(["ids", "status"]);
  });
  it("list query: defaults, page size at most 100", () => {
    expect(ZProductListQuery.parse({})).toEqual({ page: 1, pageSize: 25 });
    expect(ZProductListQuery.parse({ q: " tea ", status: "", page: "2", pageSize: "100" })).toEqual({ q: "tea", page: 2, pageSize: 100 });
    expect(paths(() => ZProductListQuery.parse({ pageSize: "101", sort: "random", inStock: "1" }))).toEqual(["sort", "pageSize"]);
  });
  it("category and collection inputs", () => {
    expect(ZCategoryInput.parse({ name: "Tea", parentId: "" })).toEqual({ name: "Tea", handle: undefined, parentId: undefined, imageId: undefined, description: undefined, position: undefined });
    expect(paths(() => ZCategoryInput.parse({ name: "!!!" }))).toEqual(["handle"]);
    expect(ZCollectionInput.parse({ title: "Featured" }).productIds).toEqual([]);
    expect(paths(() => ZCollectionInput.parse({ title: "F", productIds: ["a", "b", "a"] }))).toEqual(["productIds.2"]);
  });
});
