import { describe, expect, it } from "vitest";
import { basisPointsToPercent, percentToBasisPoints, taxLabelOf } from "./percent";

describe("percentToBasisPoints", () => {
  it("reads whole and decimal percentages exactly", () => {
    expect(percentToBasisPoints("15")).toBe(1500);
    expect(percentToBasisPoints("7.25")).toBe(725);
    expect(percentToBasisPoints("7.5")).toBe(750);
    expect(percentToBasisPoints("0.01")).toBe(1);
    expect(percentToBasisPoints(" 18 % ")).toBe(1800);
    expect(percentToBasisPoints("7,25")).toBe(725);
    expect(percentToBasisPoints("0")).toBe(0);
  });

  it("refuses what is not a percentage with at most two decimals", () => {
    for (const bad of ["", "abc", "-5", "7.255", "1e2", "1000", "7.", ".5"]) expect([bad, percentToBasisPoints(bad)]).toEqual([bad, null]);
  });
});

describe("basisPointsToPercent", () => {
  it("writes the shortest exact percentage", () => {
    expect(basisPointsToPercent(1500)).toBe("15");
    expect(basisPointsToPercent(725)).toBe("7.25");
    expect(basisPointsToPercent(750)).toBe("7.5");
    expect(basisPointsToPercent(1)).toBe("0.01");
    expect(basisPointsToPercent(10)).toBe("0.1");
    expect(basisPointsToPercent(0)).toBe("0");
  });

  it("round-trips every rate", () => {
    for (let bp = 0; bp <= 10_000; bp += 7) expect(percentToBasisPoints(basisPointsToPercent(bp))).toBe(bp);
  });
});

describe("taxLabelOf", () => {
  it("names the rate with its percentage, and nothing when no rate applies", () => {
    expect(taxLabelOf({ name: "VAT", rateBp: 1800 })).toBe("VAT 18%");
    expect(taxLabelOf({ name: "GST", rateBp: 725 })).toBe("GST 7.25%");
    expect(taxLabelOf({ name: "Levy", rateBp: 5 })).toBe("Levy 0.05%");
    expect(taxLabelOf({ name: "Full", rateBp: 10_000 })).toBe("Full 100%");
    expect(taxLabelOf(null)).toBeNull();
    expect(taxLabelOf(undefined)).toBeNull();
  });
});
