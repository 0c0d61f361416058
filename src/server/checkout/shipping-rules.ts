/**
 * Pure rules for shipping and tax: which zone and rates apply to a destination, what each
 * rate costs for a cart, and which tax rate applies. No database access: the callers load
 * the store's configuration and pass it in.
 */

export type TDestination = { country: string; region?: string | null };

/** One entry of ShippingZone.countries: a whole country, or only some of its regions. */
export type TZoneCountry = { country: string; regions?: string[] | null };

export type TShippingRateConfig = {
  id: string;
  name: string;
  kind: "FLAT" | "WEIGHT";
  priceMinor: bigint;
  minWeightGrams: number | null;
  maxWeightGrams: number | null;
  freeOverMinor: bigint | null;
  position: number;
};

export type TShippingZoneConfig = {
  id: string;
  name: string;
  position: number;
  countries: TZoneCountry[];
  rates: TShippingRateConfig[];
};

export type TShippingOption = {
  /** The ShippingRate id, or PICKUP_RATE_ID. */
  id: string;
  name: string;
  kind: "FLAT" | "WEIGHT" | "PICKUP";
  /** What this cart pays for it (0 when free over the subtotal, and for pickup). */
  priceMinor: bigint;
  zoneId: string | null;
  /** Pickup: the store's instructions. */
  instructions: string | null;
};

export type TTaxRateConfig = { id: string; country: string; region: string | null; name: string; rateBp: number };

/** The id of the local pickup option (not a ShippingRate row). */
export const PICKUP_RATE_ID = "pickup";
export const PICKUP_RATE_NAME = "Local pickup";

const norm = (value: string | null | undefined) => (value ?? "").trim().toUpperCase();

/**
 * How well a zone matches a destination: 2 when one of its entries names the destination's
 * country and region, 1 when an entry covers the whole country, 0 when it does not apply.
 * Regions compare case-insensitively.
 */
export function zoneMatch(zone: Pick<TShippingZoneConfig, "countries">, destination: TDestination): 0 | 1 | 2 {
  const country = norm(destination.country);
  const region = norm(destination.region);
  let best: 0 | 1 | 2 = 0;
  for (const entry of zone.countries) {
    if (norm(entry.country) !== country) continue;
    const regions = entry.regions?.map(norm).filter(Boolean) ?? [];
    if (!regions.length) best = best === 2 ? 2 : 1;
    else if (region && regions.includes(region)) best = 2;
  }
  return best;
}

/**
 * The one zone whose rates apply: a zone naming the destination's region beats one covering
 * the whole country; among equals the lowest position (then id) wins. Null when none applies.
 */
export function pickShippingZone<Z extends TShippingZoneConfig>(zones: readonly Z[], destination: TDestination): Z | null {
  let chosen: Z | null = null;
  let chosenScore = 0;
  for (const zone of [...zones].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const score = zoneMatch(zone, destination);
    if (score > chosenScore) {
      chosen = zone;
      chosenScore = score;
    }
  }
  return chosen;
}

/**
 * Whether a rate applies to a cart's total weight: FLAT always; WEIGHT when
 * minWeightGrams <= weight < maxWeightGrams (an absent bound is open).
 */
export function rateAppliesToWeight(rate: Pick<TShippingRateConfig, "kind" | "minWeightGrams" | "maxWeightGrams">, totalWeightGrams: number): boolean {
  if (rate.kind === "FLAT") return true;
  if (rate.minWeightGrams !== null && totalWeightGrams < rate.minWeightGrams) return false;
  if (rate.maxWeightGrams !== null && totalWeightGrams >= rate.maxWeightGrams) return false;
  return true;
}

/** A rate's price for a subtotal: 0 at or above its freeOverMinor. */
export function ratePrice(rate: Pick<TShippingRateConfig, "priceMinor" | "freeOverMinor">, subtotalMinor: bigint): bigint {
  return rate.freeOverMinor !== null && subtotalMinor >= rate.freeOverMinor ? 0n : rate.priceMinor;
}

export type TShippingOptionsInput = {
  zones: readonly TShippingZoneConfig[];
  /** Null when the shopper has not given a destination yet (pickup may still apply). */
  destination: TDestination | null;
  /** Whether the store ships to the destination's country at all (CheckoutSettings.shipCountries). */
  shipsToDestination: boolean;
  subtotalMinor: bigint;
  totalWeightGrams: number;
  requiresShipping: boolean;
  localPickup: { enabled: boolean; instructions: string | null };
};

/**
 * The shipping options of a cart: none when nothing in it ships (digital goods and services);
 * else the applicable rates of the matching zone (in position order, weight bands and free-over
 * applied), then local pickup when the store offers it.
 */
export function shippingOptions(input: TShippingOptionsInput): TShippingOption[] {
  if (!input.requiresShipping) return [];
  const options: TShippingOption[] = [];
  const zone = input.destination && input.shipsToDestination ? pickShippingZone(input.zones, input.destination) : null;
  if (zone) {
    const rates = [...zone.rates].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const rate of rates) {
      if (!rateAppliesToWeight(rate, input.totalWeightGrams)) continue;
      options.push({ id: rate.id, name: rate.name, kind: rate.kind, priceMinor: ratePrice(rate, input.subtotalMinor), zoneId: zone.id, instructions: null });
    }
  }
  if (input.localPickup.enabled) {
    options.push({ id: PICKUP_RATE_ID, name: PICKUP_RATE_NAME, kind: "PICKUP", priceMinor: 0n, zoneId: null, instructions: input.localPickup.instructions });
  }
  return options;
}

/**
 * The tax rate for a place: a rate naming its country and region beats the country-wide rate
 * (region null); null when the store has none for the country. Regions compare
 * case-insensitively.
 */
export function pickTaxRate<R extends TTaxRateConfig>(rates: readonly R[], place: TDestination): R | null {
  const country = norm(place.country);
  const region = norm(place.region);
  let countryWide: R | null = null;
  for (const rate of rates) {
    if (norm(rate.country) !== country) continue;
    if (rate.region === null || norm(rate.region) === "") countryWide ??= rate;
    else if (region && norm(rate.region) === region) return rate;
  }
  return countryWide;
}
