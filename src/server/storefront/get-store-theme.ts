import "server-only";
import { cache } from "react";
import { platformDb, storeDb } from "@/server/db";
import type { TMediaRef } from "./types";

export type TStoreTheme = {
  logo: TMediaRef | null;
  banner: TMediaRef | null;
  announcement: string | null;
  homeCollectionId: string | null;
};

/**
 * A store's storefront theme (logo, banner, announcement bar, home collection). The settings
 * live on the Store row (the tenant itself, hence platform data read by its own id); the
 * images are looked up through the tenant door, so a setting pointing at another store's media
 * shows nothing. Deduplicated per request (the layout and the home page both read it).
 */
export const getStoreTheme = cache(async (storeId: string): Promise<TStoreTheme> => {
  const store = await platformDb().store.findUnique({
    where: { id: storeId },
    select: { logoMediaId: true, bannerMediaId: true, announcement: true, homeCollectionId: true },
  });
  if (!store) return { logo: null, banner: null, announcement: null, homeCollectionId: null };
  const ids = [store.logoMediaId, store.bannerMediaId].filter((id): id is string => Boolean(id));
  const media = ids.length
    ? await storeDb(storeId).mediaAsset.findMany({ where: { id: { in: ids }, kind: "IMAGE" }, select: { id: true, width: true, height: true, alt: true } })
    : [];
  const find = (id: string | null) => (id ? (media.find((m) => m.id === id) ?? null) : null);
  return {
    logo: find(store.logoMediaId),
    banner: find(store.bannerMediaId),
    announcement: store.announcement?.trim() || null,
    homeCollectionId: store.homeCollectionId,
  };
});
