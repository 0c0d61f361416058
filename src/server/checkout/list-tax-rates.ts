import { storeDb } from "@/server/db";
import { TAX_RATE_SELECT, type TTaxRateView } from "./shipping-view";

/** The store's tax rates by country, the country-wide rate before regional ones. */
export async function listTaxRates(storeId: string): Promise<TTaxRateView[]> {
  const rows = await storeDb(storeId).taxRate.findMany({ where: { storeId }, select: TAX_RATE_SELECT });
  return rows.sort((a, b) => a.country.localeCompare(b.country) || (a.region ?? "").localeCompare(b.region ?? "") || a.id.localeCompare(b.id));
}
