import { describe, expect, it } from "vitest";
import { buildCartView, lineProblems } from "./cart-view";
import { cartLineRow } from "./test-support";

const row = cartLineRow;

describe("lineProblems", () => {
  it("has none when the product is on sale and stock covers the quantity", () => {
    expect(lineProblems(row(), 5, 50)).toEqual([]);
    expect(lineProblems(row(), null, 50)).toEqual([]);
  });
  it("names a product no longer on sale, and nothing else", () => {
    expect(lineProblems(row({ status: "DRAFT", quantity: 99 }), 0, 5)).toEqual([{ code: "PRODUCT_UNAVAILABLE", message: "Teapot is no longer available" }]);
  });
  it("tells sold out from not enough", () => {
    expect(lineProblems(row(), 0, 50).map((p) => p.code)).toEqual(["SOLD_OUT"]);
    expect(lineProblems(row({ quantity: 3 }), 2, 50)).toEqual([{ code: "NOT_ENOUGH_STOCK", message: "Only 2 of Teapot left" }]);
  });
  it("flags a quantity above the store's maximum", () => {
    expect(lineProblems(row({ quantity: 6 }), null, 5).map((p) => p.code)).toEqual(["QUANTITY_ABOVE_MAX"]);
  });
  it("checks a service's slot: missing, another product's, or full", () => {
    const slot = { id: "s1", productId: "p1", startsAt: new Date(), endsAt: new Date() };
    expect(lineProblems(row({ type: "SERVICE", slot }), 3, 50)).toEqual([]);
    expect(lineProblems(row({ type: "SERVICE", slot: null }), 3, 50).map((p) => p.code)).toEqual(["SLOT_UNAVAILABLE"]);
    expect(lineProblems(row({ type: "SERVICE", slot: { ...slot, productId: "p2" } }), 3, 50).map((p) => p.code)).toEqual(["SLOT_UNAVAILABLE"]);
    expect(lineProblems(row({ type: "SERVICE", slot }), 0, 50).map((p) => p.code)).toEqual(["SLOT_UNAVAILABLE"]);
    expect(lineProblems(row({ type: "SERVICE", slot, quantity: 3 }), 1, 50)).toEqual([{ code: "NOT_ENOUGH_STOCK", message: "Only 1 places left for Teapot" }]);
  });
});

describe("buildCartView", () => {
  it("prices lines, counts items and says whether the cart ships", () => {
    const view = buildCartView(
      { id: "c", customerId: null },
      "LKR",
      [row({ quantity: 2, available: 10 }), row({ variantId: "v2", type: "DIGITAL", quantity: 1, price: 99n, available: null })],
      50,
    );
    expect(view).toMatchObject({ itemCount: 3, subtotalMinor: 2_599n, subtotal: "25.99", requiresShipping: true, hasProblems: false });
    expect(view.lines.map((l) => [l.lineTotalMinor, l.lineTotal, l.available, l.requiresShipping])).toEqual([
      [2_500n, "25.00", 10, true],
      [99n, "0.99", null, false],
    ]);
  });
  it("reads a service line's availability from its slot's seats", () => {
    const slot = { id: "s1", productId: "p1", startsAt: new Date(), endsAt: new Date() };
    const view = buildCartView({ id: "c", customerId: "cu" }, "LKR", [row({ type: "SERVICE", slot, quantity: 1, available: 4 })], 50);
    expect(view.lines[0]).toMatchObject({ available: 4, requiresShipping: false, problems: [] });
    expect(view.requiresShipping).toBe(false);
  });
  it("has no seats for a service line without a slot", () => {
    const view = buildCartView({ id: "c", customerId: null }, "LKR", [row({ type: "SERVICE", slot: null, quantity: 1, available: 4 })], 50);
    expect(view.lines[0]!.available).toBe(0);
    expect(view.lines[0]!.problems.map((p) => p.code)).toEqual(["SLOT_UNAVAILABLE"]);
  });
});
