import { describe, expect, it } from "vitest";
import { csvRow } from "./csv";
import { planImport, readImportFile, type TImportContext, type TStoredProduct } from "./plan-import";

const stored: TStoredProduct = {
  id: "p1",
  handle: "tee",
  title: "Tee",
  description: "Soft",
  type: "PHYSICAL",
  status: "ACTIVE",
  vendor: "Acme",
  tags: "cotton, summer",
  seoTitle: null,
  seoDescription: null,
  options: [{ name: "Size", values: ["S", "M", "L"] }],
  serviceDurationMinutes: null,
  digitalMediaId: null,
  publishedAt: new Date(0),
  categoryIds: ["c1"],
  variants: [
    { id: "v1", sku: "TEE-S", title: "S", option1: "S", option2: null, option3: null, priceMinor: 1000n, compareAtMinor: null, weightGrams: 200, barcode: "0123", trackInventory: true, position: 0 },
    { id: "v2", sku: "TEE-M", title: "M", option1: "M", option2: null, option3: null, priceMinor: 1000n, compareAtMinor: null, weightGrams: null, barcode: null, trackInventory: false, position: 1 },
  ],
};
const context = (): TImportContext => ({
  currency: "USD",
  categories: new Map([["tops", "c1"]]),
  products: new Map([["tee", stored]]),
  skuOwners: new Map([["tee-s", "tee"], ["tee-m", "tee"]]),
});
const plan = (rows: string[][]) => {
  const read = readImportFile(rows.map(csvRow).join(""));
  if (!("file" in read)) throw new Error(JSON.stringify(read.issues));
  return planImport(read.file, context());
};

describe("planImport", () => {
  it("keeps stored values for columns the file leaves out and unused option values; a SKU's new case is its only change", () => {
    const result = plan([["handle", "title", "sku", "price", "option1_name", "option1_value"], ["tee", "Tee", "TEE-S", "10", "Size", "S"], ["tee", "Tee", "tee-m", "10.00", "Size", "M"]]);
    expect(result.issues).toEqual([]);
    expect(result.summary).toEqual({ rows: 2, products: { created: 0, updated: 1, unchanged: 0 }, variants: { created: 0, updated: 1, deleted: 0 } });
    const [p] = result.plans;
    expect(p!.fields.options).toEqual([{ name: "Size", values: ["S", "M", "L"] }]);
    expect(p).toMatchObject({ productChanged: false, categoriesChanged: false, variantCreates: [], variantDeletes: [] });
    expect(p!.variantUpdates.map((u) => [u.id, u.data.sku, u.data.barcode, u.data.trackInventory])).toEqual([["v2", "tee-m", null, false]]);
  });

  it("updates only what differs, matches variants by SKU case-insensitively and deletes SKUs left out", () => {
    const result = plan([["handle", "title", "sku", "price", "option1_name", "option1_value", "barcode"], ["tee", "Tee 2", "TEE-S", "11", "Size", "S", "0123"], ["tee", "Tee 2", "TEE-XL", "12", "Size", "XL", ""]]);
    expect(result.issues).toEqual([]);
    const [p] = result.plans;
    expect(p).toMatchObject({ productChanged: true, categoriesChanged: false, variantDeletes: ["v2"] });
    expect(p!.variantUpdates).toEqual([{ id: "v1", data: expect.objectContaining({ priceMinor: 1100n, barcode: "0123", weightGrams: 200 }) }]);
    expect(p!.variantCreates.map((v) => [v.sku, v.title, v.position])).toEqual([["TEE-XL", "XL", 1]]);
    expect(p!.fields.options).toEqual([{ name: "Size", values: ["S", "M", "L", "XL"] }]);
  });

  it("reports zod's variant messages on the row, naming lines instead of variant numbers", () => {
    const result = plan([["handle", "title", "sku", "price", "option1_name", "option1_value", "weight_grams", "track_inventory"], ["cup", "Cup", "C1", "1", "Size", "S", "1.5", "maybe"], ["bowl", "Bowl", "B1", "1", "Size", "S", "", ""], ["bowl", "Bowl", "B2", "1", "Size", "S", "", ""]]);
    expect(result.plans).toEqual([]);
    expect(result.issues).toEqual([
      { line: 2, row: 2, handle: "cup", sku: "C1", reasons: ["track_inventory: Write true or false", "weight_grams: Whole grams only"] },
      { line: 4, row: 4, handle: "bowl", sku: "B2", reasons: ["option values: Line 3 has the same option values"] },
    ]);
  });
});
