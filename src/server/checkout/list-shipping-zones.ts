import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { getStoreProfile } from "@/server/stores";
import { loadShippingZones, type TShippingZoneView } from "./shipping-view";

/** The store's shipping zones with their rates, in position order (dashboard and admin API). */
export async function listShippingZones(storeId: string): Promise<TShippingZoneView[]> {
  const store = await getStoreProfile(storeId);
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  return loadShippingZones(storeDb(storeId), storeId, store.currency);
}
