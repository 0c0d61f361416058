import { describe, expect, it } from "vitest";
import {
  PICKUP_RATE_ID,
  pickShippingZone,
  pickTaxRate,
  rateAppliesToWeight,
  ratePrice,
  shippingOptions,
  zoneMatch,
  type TShippingOptionsInput,
  type TShippingRateConfig,
  type TShippingZoneConfig,
} from "./shipping-rules";

const rate = (id: string, over: Partial<TShippingRateConfig> = {}): TShippingRateConfig => ({
  id,
  name: id,
  kind: "FLAT",
  priceMinor: 500n,
  minWeightGrams: null,
  maxWeightGrams: null,
  freeOverMinor: null,
  position: 0,
  ...over,
});

const zone = (id: string, countries: TShippingZoneConfig["countries"], rates: TShippingRateConfig[] = [], position = 0): TShippingZoneConfig => ({
  id,
  name: id,
  position,
  countries,
  rates,
});

describe("zoneMatch", () => {
  const z = zone("z", [{ country: "LK", regions: ["WP", "cp"] }, { country: "IN" }]);
  it("scores region matches above whole-country matches", () => {
    expect(zoneMatch(z, { country: "LK", region: "WP" })).toBe(2);
    expect(zoneMatch(z, { country: "lk", region: "Cp" })).toBe(2);
    expect(zoneMatch(z, { country: "IN", region: "KA" })).toBe(1);
    expect(zoneMatch(z, { country: "IN" })).toBe(1);
  });
  it("does not match another region, a missing region of a region-only entry, or another country", () => {
    expect(zoneMatch(z, { country: "LK", region: "SP" })).toBe(0);
    expect(zoneMatch(z, { country: "LK" })).toBe(0);
    expect(zoneMatch(z, { country: "US", region: "WP" })).toBe(0);
  });
  it("treats an empty regions list as the whole country", () => {
    expect(zoneMatch(zone("z", [{ country: "LK", regions: [] }]), { country: "LK", region: "SP" })).toBe(1);
  });
});

describe("pickShippingZone", () => {
  const whole = zone("whole", [{ country: "LK" }], [], 0);
  const western = zone("western", [{ country: "LK", regions: ["WP"] }], [], 5);
  const later = zone("later", [{ country: "LK" }], [], 9);
  it("prefers the zone naming the region, whatever its position", () => {
    expect(pickShippingZone([whole, western, later], { country: "LK", region: "WP" })?.id).toBe("western");
  });
  it("else takes the lowest position among whole-country zones", () => {
    expect(pickShippingZone([later, western, whole], { country: "LK", region: "SP" })?.id).toBe("whole");
  });
  it("is null when no zone covers the country", () => {
    expect(pickShippingZone([whole, western], { country: "US" })).toBeNull();
  });
});

describe("weight bands and free-over", () => {
  const band = rate("band", { kind: "WEIGHT", minWeightGrams: 1000, maxWeightGrams: 5000 });
  it("includes the minimum and excludes the maximum", () => {
    expect(rateAppliesToWeight(band, 999)).toBe(false);
    expect(rateAppliesToWeight(band, 1000)).toBe(true);
    expect(rateAppliesToWeight(band, 4999)).toBe(true);
    expect(rateAppliesToWeight(band, 5000)).toBe(false);
  });
  it("treats absent bounds as open", () => {
    expect(rateAppliesToWeight(rate("r", { kind: "WEIGHT", maxWeightGrams: 1000 }), 0)).toBe(true);
    expect(rateAppliesToWeight(rate("r", { kind: "WEIGHT", minWeightGrams: 1000 }), 1_000_000)).toBe(true);
  });
  it("ignores weight for flat rates", () => {
    expect(rateAppliesToWeight(rate("r", { kind: "FLAT", minWeightGrams: 10, maxWeightGrams: 20 }), 99_999)).toBe(true);
  });
  it("is free at or above freeOverMinor", () => {
    const r = rate("r", { priceMinor: 450n, freeOverMinor: 10_000n });
    expect(ratePrice(r, 9_999n)).toBe(450n);
    expect(ratePrice(r, 10_000n)).toBe(0n);
    expect(ratePrice(rate("r", { priceMinor: 450n }), 10n ** 12n)).toBe(450n);
  });
});

describe("shippingOptions", () => {
  const zones = [
    zone(
      "lk",
      [{ country: "LK" }],
      [
        rate("express", { position: 2, priceMinor: 1_500n }),
        rate("light", { kind: "WEIGHT", maxWeightGrams: 2000, priceMinor: 400n, position: 1 }),
        rate("heavy", { kind: "WEIGHT", minWeightGrams: 2000, priceMinor: 900n, position: 1, freeOverMinor: 50_000n }),
      ],
    ),
  ];
  const base: TShippingOptionsInput = {
    zones,
    destination: { country: "LK" },
    shipsToDestination: true,
    subtotalMinor: 10_000n,
    totalWeightGrams: 500,
    requiresShipping: true,
    localPickup: { enabled: false, instructions: null },
  };

  it("lists the matching zone's rates in position order with their band", () => {
    expect(shippingOptions(base).map((o) => [o.id, o.priceMinor])).toEqual([
      ["light", 400n],
      ["express", 1_500n],
    ]);
    expect(shippingOptions({ ...base, totalWeightGrams: 2000 }).map((o) => o.id)).toEqual(["heavy", "express"]);
  });

  it("makes a rate free over its threshold", () => {
    expect(shippingOptions({ ...base, totalWeightGrams: 3000, subtotalMinor: 50_000n }).find((o) => o.id === "heavy")?.priceMinor).toBe(0n);
  });

  it("adds local pickup at price 0 when enabled, even where no zone applies", () => {
    const options = shippingOptions({ ...base, destination: { country: "US" }, localPickup: { enabled: true, instructions: "Back door" } });
    expect(options).toEqual([{ id: PICKUP_RATE_ID, name: "Local pickup", kind: "PICKUP", priceMinor: 0n, zoneId: null, instructions: "Back door" }]);
  });

  it("offers no zone rate to a country the store does not ship to", () => {
    expect(shippingOptions({ ...base, shipsToDestination: false })).toEqual([]);
  });

  it("offers nothing at all when nothing in the cart ships", () => {
    expect(shippingOptions({ ...base, requiresShipping: false, localPickup: { enabled: true, instructions: null } })).toEqual([]);
  });

  it("offers only pickup before a destination is known", () => {
    expect(shippingOptions({ ...base, destination: null, localPickup: { enabled: true, instructions: null } }).map((o) => o.id)).toEqual([PICKUP_RATE_ID]);
  });
});

describe("pickTaxRate", () => {
  const rates = [
    { id: "lk", country: "LK", region: null, name: "VAT", rateBp: 1800 },
    { id: "lk-wp", country: "LK", region: "WP", name: "VAT WP", rateBp: 2000 },
    { id: "in-ka", country: "IN", region: "KA", name: "GST KA", rateBp: 1200 },
  ];
  it("country and region beat country only", () => {
    expect(pickTaxRate(rates, { country: "LK", region: "wp" })?.id).toBe("lk-wp");
  });
  it("falls back to the country-wide rate", () => {
    expect(pickTaxRate(rates, { country: "LK", region: "SP" })?.id).toBe("lk");
    expect(pickTaxRate(rates, { country: "lk" })?.id).toBe("lk");
  });
  it("is null when only other regions or countries have rates", () => {
    expect(pickTaxRate(rates, { country: "IN", region: "TN" })).toBeNull();
    expect(pickTaxRate(rates, { country: "IN" })).toBeNull();
    expect(pickTaxRate(rates, { country: "US", region: "WP" })).toBeNull();
  });
});
