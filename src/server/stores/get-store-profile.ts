import { cache } from "react";
import { platformDb } from "@/server/db";

export type TStoreProfile = {
  id: string;
  slug: string;
  name: string;
  currency: string;
  country: string;
  timeZone: string;
  themeColor: string;
};

/**
 * The public face of a store (name, theme, locale) by the id the proxy resolved. The Store
 * row is the tenant itself, so it is read from platform data by its own id. Deduplicated
 * per request.
 */
export const getStoreProfile = cache(async (storeId: string): Promise<TStoreProfile | null> => {
  return platformDb().store.findUnique({
    where: { id: storeId },
    select: { id: true, slug: true, name: true, currency: true, country: true, timeZone: true, themeColor: true },
  });
});
