import { describe, expect, it } from "vitest";
import { percentOfBp, taxLabelOf } from "./percent";

describe("percentOfBp", () => {
  it("writes basis points as a percentage without floating point", () => {
    expect(percentOfBp(1800)).toBe("18%");
    expect(percentOfBp(725)).toBe("7.25%");
    expect(percentOfBp(650)).toBe("6.5%");
    expect(percentOfBp(5)).toBe("0.05%");
    expect(percentOfBp(0)).toBe("0%");
    expect(percentOfBp(10_000)).toBe("100%");
  });
});

describe("taxLabelOf", () => {
  it("names the rate with its percentage, and nothing when no rate applies", () => {
    expect(taxLabelOf({ name: "VAT", rateBp: 1800 })).toBe("VAT 18%");
    expect(taxLabelOf({ name: "GST", rateBp: 725 })).toBe("GST 7.25%");
    expect(taxLabelOf(null)).toBeNull();
    expect(taxLabelOf(undefined)).toBeNull();
  });
});
