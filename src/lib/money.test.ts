import { describe, expect, it } from "vitest";
import { currencyDigits, formatMoney, minorToDecimal, parseMoney } from "./money";

describe("money", () => {
  it("knows each currency's minor digits", () => {
    expect([currencyDigits("USD"), currencyDigits("LKR"), currencyDigits("JPY"), currencyDigits("KWD")]).toEqual([2, 2, 0, 3]);
  });

  it("parses decimal strings exactly and refuses what the currency cannot hold", () => {
    expect(parseMoney("12.5", "USD")).toBe(1250n);
    expect(parseMoney("0.10", "LKR")).toBe(10n);
    expect(parseMoney("1250", "JPY")).toBe(1250n);
    expect(parseMoney("1.005", "KWD")).toBe(1005n);
    expect(parseMoney("999999999999999.99", "USD")).toBe(99999999999999999n);
    for (const bad of ["12.505", "-1", "1e3", "", "1,000", "12.", ".5", "abc"]) expect(parseMoney(bad, "USD")).toBeNull();
    expect(parseMoney("12.5", "JPY")).toBeNull();
  });

  it("writes minor units back as decimals and formats them", () => {
    expect(minorToDecimal(1250n, "USD")).toBe("12.50");
    expect(minorToDecimal(5n, "LKR")).toBe("0.05");
    expect(minorToDecimal(1250n, "JPY")).toBe("1250");
    expect(minorToDecimal(-1n, "USD")).toBe("-0.01");
    expect(formatMoney(125000n, "USD")).toBe("$1,250.00");
    expect(formatMoney(1250n, "JPY")).toBe("¥1,250");
    expect(formatMoney(99999999999999999n, "USD")).toBe("$999,999,999,999,999.99");
  });
});
