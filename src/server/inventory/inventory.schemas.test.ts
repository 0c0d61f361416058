import { describe, expect, it } from "vitest";
import { ZStockAdjustmentInput, ZStockTransferInput } from "./inventory.schemas";

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("ZStockAdjustmentInput", () => {
  it("takes a signed change or an absolute quantity (form strings too)", () => {
    expect(ZStockAdjustmentInput.parse({ variantId: "v1", delta: "-3", reason: " Damaged " })).toEqual({ variantId: "v1", delta: -3, reason: "Damaged" });
    expect(ZStockAdjustmentInput.parse({ variantId: "v1", quantity: 0, locationId: "", reason: "Count" })).toEqual({ variantId: "v1", quantity: 0, reason: "Count" });
  });

  it("refuses both or neither, a zero change, fractions, negatives and a missing reason", () => {
    expect(paths(ZStockAdjustmentInput.safeParse({ variantId: "v1", delta: 1, quantity: 2, reason: "x" }))).toEqual(["quantity"]);
    expect(paths(ZStockAdjustmentInput.safeParse({ variantId: "v1", reason: "x" }))).toEqual(["delta"]);
    expect(paths(ZStockAdjustmentInput.safeParse({ variantId: "v1", delta: 0, reason: "x" }))).toContain("delta");
    expect(paths(ZStockAdjustmentInput.safeParse({ variantId: "v1", quantity: 1.5, reason: "x" }))).toContain("quantity");
    expect(paths(ZStockAdjustmentInput.safeParse({ variantId: "v1", quantity: -1, reason: "x" }))).toContain("quantity");
    expect(paths(ZStockAdjustmentInput.safeParse({ variantId: "v1", delta: 1, reason: "" }))).toEqual(["reason"]);
    expect(paths(ZStockAdjustmentInput.safeParse({ variantId: "a b", delta: 1, reason: "x" }))).toEqual(["variantId"]);
  });
});

describe("ZStockTransferInput", () => {
  it("needs two different locations and a positive quantity", () => {
    expect(paths(ZStockTransferInput.safeParse({ variantId: "v", fromLocationId: "a", toLocationId: "a", quantity: 1 }))).toEqual(["toLocationId"]);
    expect(paths(ZStockTransferInput.safeParse({ variantId: "v", fromLocationId: "a", toLocationId: "b", quantity: 0 }))).toEqual(["quantity"]);
  });
});
