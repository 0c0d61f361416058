import { describe, expect, it } from "vitest";
import { crossedLowStock } from "./low-stock-events";

describe("crossedLowStock", () => {
  it("reports a drop from above the threshold to at or under it", () => {
    expect(crossedLowStock(6, 5, 5)).toBe(true);
    expect(crossedLowStock(10, 0, 3)).toBe(true);
  });
  it("ignores rises, drops that stay above or stay under, and missing thresholds", () => {
    expect(crossedLowStock(0, 4, 5)).toBe(false);
    expect(crossedLowStock(9, 6, 5)).toBe(false);
    expect(crossedLowStock(4, 2, 5)).toBe(false);
    expect(crossedLowStock(9, 0, null)).toBe(false);
  });
});
