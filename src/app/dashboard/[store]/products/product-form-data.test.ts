import { describe, expect, it } from "vitest";
import { ZProductInput, ZProductPatch } from "@/server/catalog/catalog.schemas";
import { AppError } from "@/server/errors";
import { catalogFormError } from "./catalog-form-error";
import { readProductForm } from "./product-form-data";

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

const base: [string, string][] = [
  ["title", "Sarong"],
  ["handle", ""],
  ["description", "Woven"],
  ["type", "PHYSICAL"],
  ["status", "DRAFT"],
  ["vendor", ""],
  ["tags", "cotton, , handmade ,"],
  ["seoTitle", ""],
  ["seoDescription", ""],
  ["categoryIds", "cat1"],
  ["categoryIds", "cat2"],
  ["options.0.name", "Size"],
  ["options.0.values", "S, M ,L,"],
  ["options.1.name", ""],
  ["options.1.values", ""],
  ["serviceDurationMinutes", "30"],
  ["digitalMediaId", "m1"],
];

describe("readProductForm", () => {
  it("a new product: options, tags and categories parsed; variants generated from base SKU and price", () => {
    const input = readProductForm(form([...base, ["sku", "SAR"], ["price", "12.50"], ["compareAtPrice", ""]]), "save");
    expect(input).toMatchObject({ tags: ["cotton", "handmade"], categoryIds: ["cat1", "cat2"], options: [{ name: "Size", values: ["S", "M", "L"] }], sku: "SAR", price: "12.50", serviceDurationMinutes: null, digitalMediaId: null });
    const parsed = ZProductInput.parse(input);
    expect(parsed.variants).toBeUndefined();
    expect(parsed.handle).toBeUndefined();
  });

  it("an existing product: the variants table becomes the variant list; 'generate' sends the base SKU instead", () => {
    const table: [string, string][] = [
      ["variantCount", "2"],
      ["variants.0.sku", "SAR-S"],
      ["variants.0.optionValues", '["S"]'],
      ["variants.0.price", "12.50"],
      ["variants.0.compareAtPrice", ""],
      ["variants.0.weightGrams", "250"],
      ["variants.0.barcode", ""],
      ["variants.0.trackInventory", "on"],
      ["variants.1.sku", "SAR-M"],
      ["variants.1.optionValues", '["M"]'],
      ["variants.1.price", "13"],
      ["variants.1.compareAtPrice", "15"],
      ["variants.1.weightGrams", "2.5"],
      ["variants.1.barcode", "123"],
    ];
    const saved = readProductForm(form([...base, ...table, ["sku", ""], ["price", ""]]), "save");
    const result = ZProductPatch.safeParse(saved);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["variants.1.weightGrams"]);
    const fixed = readProductForm(form([...base, ...table.map(([k, v]): [string, string] => [k, k === "variants.1.weightGrams" ? "" : v])]), "save");
    expect(ZProductPatch.parse(fixed).variants).toMatchObject([
      { sku: "SAR-S", optionValues: ["S"], weightGrams: 250, trackInventory: true, barcode: null },
      { sku: "SAR-M", optionValues: ["M"], compareAtPrice: "15", weightGrams: null, trackInventory: false, barcode: "123" },
    ]);
    const generate = readProductForm(form([...base, ...table, ["sku", "SAR"], ["price", "9"]]), "generate");
    expect(generate).not.toHaveProperty("variants");
    expect(ZProductPatch.parse(generate)).toMatchObject({ sku: "SAR", price: "9" });
  });

  it("keeps type-specific fields only for their type", () => {
    expect(readProductForm(form(base.map(([k, v]): [string, string] => [k, k === "type" ? "SERVICE" : v])), "save")).toMatchObject({ serviceDurationMinutes: 30, digitalMediaId: null });
    expect(readProductForm(form(base.map(([k, v]): [string, string] => [k, k === "type" ? "DIGITAL" : v])), "save")).toMatchObject({ serviceDurationMinutes: null, digitalMediaId: "m1" });
  });
});

describe("catalogFormError", () => {
  it("keeps full paths for cells and the first message for the section", () => {
    const state = catalogFormError(new AppError("VALIDATION_FAILED", "The request is not valid", { fields: [{ path: "variants.2.price", message: "LKR amounts have at most 2 decimal places" }] }));
    expect(state.fieldErrors).toEqual({ "variants.2.price": "LKR amounts have at most 2 decimal places", variants: "LKR amounts have at most 2 decimal places" });
    const zod = ZProductInput.safeParse({ title: "", sku: "A", price: "1" });
    expect(catalogFormError(zod.error).fieldErrors).toMatchObject({ title: "Enter a title" });
    expect(() => catalogFormError(new Error("boom"))).toThrow("boom");
  });
});
