import "server-only";
import { getStoreTheme, type TMediaRef } from "@/server/storefront";
import { getStoreProfile } from "@/server/stores";
import { appIconVersion, iconInitial } from "./app-icons";
import type { TStoreAppInfo } from "./build-web-manifest";
import { deriveShortName } from "./short-name";

export type TStoreApp = TStoreAppInfo & {
  /** The store's logo (read through the tenant door), or null for the default icon. */
  logo: TMediaRef | null;
  /** The letter of the default icon. */
  initial: string;
};

/**
 * What a store's installable app looks like: name, short name, theme colour, logo and the
 * version of its icons. Null for an unknown store id. Callers resolve the store from the
 * host first (suspended stores never get here).
 */
export async function getStoreApp(storeId: string): Promise<TStoreApp | null> {
  const [profile, theme] = await Promise.all([getStoreProfile(storeId), getStoreTheme(storeId)]);
  if (!profile) return null;
  const initial = iconInitial(profile.name, profile.slug);
  return {
    name: profile.name,
    shortName: deriveShortName(profile.name),
    themeColor: profile.themeColor,
    logo: theme.logo,
    initial,
    iconVersion: appIconVersion({ logoMediaId: theme.logo?.id ?? null, themeColor: profile.themeColor, initial }),
  };
}
