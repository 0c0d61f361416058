import { describe, expect, it } from "vitest";
import { assertPositiveQuantities, mergeByKey, planReservation } from "./reserve-stock";

describe("mergeByKey", () => {
  it("sums repeated keys, keeps the first label and sorts by key (the lock order)", () => {
    const merged = mergeByKey(
      [
        { variantId: "b", quantity: 1, label: "B" },
        { variantId: "a", quantity: 2, label: "A1" },
        { variantId: "a", quantity: 3, label: "A2" },
      ],
      (i) => i.variantId,
    );
    expect(merged).toEqual([
      { key: "a", quantity: 5, label: "A1" },
      { key: "b", quantity: 1, label: "B" },
    ]);
  });
});

describe("assertPositiveQuantities", () => {
  it("refuses zero, negative, fractional and unsafe quantities", () => {
    for (const quantity of [0, -1, 1.5, Number.MAX_SAFE_INTEGER + 2, Number.NaN]) {
      expect(() => assertPositiveQuantities([{ quantity }])).toThrow(/whole numbers/);
    }
    expect(() => assertPositiveQuantities([{ quantity: 1 }, { quantity: 50 }])).not.toThrow();
  });
});

describe("planReservation", () => {
  const levels = [
    { locationId: "def", available: 2 },
    { locationId: "l1", available: 4 },
    { locationId: "l2", available: 6 },
  ];
  it("takes one other location with enough, the fullest", () => {
    expect(planReservation(levels, "def", 4)).toEqual([{ locationId: "l2", quantity: 4 }]);
  });
  it("splits over locations, the default first, when none has enough alone", () => {
    expect(planReservation(levels, "def", 9)).toEqual([
      { locationId: "def", quantity: 2 },
      { locationId: "l1", quantity: 4 },
      { locationId: "l2", quantity: 3 },
    ]);
  });
  it("is null when all together have less, ignoring negative or empty levels", () => {
    expect(planReservation([...levels, { locationId: "bad", available: -3 }], "def", 13)).toBeNull();
    expect(planReservation([], "def", 1)).toBeNull();
  });
});
