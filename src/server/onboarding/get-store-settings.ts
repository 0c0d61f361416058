import { platformDb } from "@/server/db";
import { AppError } from "@/server/errors";

export type TStoreSettings = {
  id: string;
  slug: string;
  name: string;
  currency: string;
  country: string;
  timeZone: string;
  themeColor: string;
  status: "ACTIVE" | "SUSPENDED";
};

export const STORE_SETTINGS_SELECT = { id: true, slug: true, name: true, currency: true, country: true, timeZone: true, themeColor: true, status: true } as const;

/**
 * The store's profile for its staff and the admin API. The Store row is the tenant itself,
 * read by the id the caller was authorized for.
 */
export async function getStoreSettings(storeId: string): Promise<TStoreSettings> {
  const store = await platformDb().store.findUnique({ where: { id: storeId }, select: STORE_SETTINGS_SELECT });
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  return store;
}
