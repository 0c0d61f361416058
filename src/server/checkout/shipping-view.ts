import { minorToDecimal } from "@/lib/money";
import type { TShippingRateConfig, TShippingZoneConfig, TZoneCountry } from "./shipping-rules";
import type { TStoreTx } from "./settings-tx";

/** A shipping rate as the dashboard and the admin API show it (money as minor units and decimal strings). */
export type TShippingRateView = TShippingRateConfig & { zoneId: string; price: string; freeOver: string | null };
export type TShippingZoneView = Omit<TShippingZoneConfig, "rates"> & { rates: TShippingRateView[] };
export type TTaxRateView = { id: string; country: string; region: string | null; name: string; rateBp: number };

/** ShippingZone.countries as stored (JSON), keeping only well-formed entries. */
export function zoneCountries(json: unknown): TZoneCountry[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry) => {
    if (!entry || typeof entry !== "object" || typeof (entry as { country?: unknown }).country !== "string") return [];
    const { country, regions } = entry as { country: string; regions?: unknown };
    const list = Array.isArray(regions) ? regions.filter((r): r is string => typeof r === "string") : [];
    return [list.length ? { country, regions: list } : { country }];
  });
}

export const RATE_SELECT = {
  id: true,
  zoneId: true,
  name: true,
  kind: true,
  priceMinor: true,
  minWeightGrams: true,
  maxWeightGrams: true,
  freeOverMinor: true,
  position: true,
} as const;

type TRateRow = { id: string; zoneId: string; name: string; kind: "FLAT" | "WEIGHT"; priceMinor: bigint; minWeightGrams: number | null; maxWeightGrams: number | null; freeOverMinor: bigint | null; position: number };

export function toRateView(row: TRateRow, currency: string): TShippingRateView {
  return { ...row, price: minorToDecimal(row.priceMinor, currency), freeOver: row.freeOverMinor === null ? null : minorToDecimal(row.freeOverMinor, currency) };
}

type TReader = Pick<TStoreTx, "shippingZone">;

/** The store's zones in position order, each with its rates in position order. */
export async function loadShippingZones(db: TReader, storeId: string, currency: string): Promise<TShippingZoneView[]> {
  const zones = await db.shippingZone.findMany({
    where: { storeId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, name: true, position: true, countries: true, rates: { where: { storeId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: RATE_SELECT } },
  });
  return zones.map((z) => ({ id: z.id, name: z.name, position: z.position, countries: zoneCountries(z.countries), rates: z.rates.map((r) => toRateView(r, currency)) }));
}

export const TAX_RATE_SELECT = { id: true, country: true, region: true, name: true, rateBp: true } as const;
