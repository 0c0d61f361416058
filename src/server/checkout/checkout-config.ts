import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { tagScopedCache } from "@/server/cache";
import { getStoreProfile, type TStoreProfile } from "@/server/stores";
import { CHECKOUT_SETTINGS_SELECT, toCheckoutSettings, type TCheckoutSettings } from "./get-checkout-settings";
import { loadShippingZones, TAX_RATE_SELECT } from "./shipping-view";
import type { TShippingZoneConfig, TTaxRateConfig } from "./shipping-rules";

/** Everything about the store that prices a checkout: settings, zones with rates, tax rates. */
export type TCheckoutConfig = {
  store: TStoreProfile;
  settings: TCheckoutSettings;
  zones: TShippingZoneConfig[];
  taxRates: TTaxRateConfig[];
};

/**
 * Loads the store's checkout configuration (checkoutConfigOf keeps it per process).
 *
 * @throws AppError NOT_FOUND for an unknown store.
 */
export async function loadCheckoutConfig(storeId: string): Promise<TCheckoutConfig> {
  const store = await getStoreProfile(storeId);
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  const db = storeDb(storeId);
  const [settingsRow, zones, taxRates] = await Promise.all([
    db.checkoutSettings.findUnique({ where: { storeId }, select: CHECKOUT_SETTINGS_SELECT }),
    loadShippingZones(db, storeId, store.currency),
    db.taxRate.findMany({ where: { storeId }, select: TAX_RATE_SELECT }),
  ]);
  return { store, settings: toCheckoutSettings(settingsRow, store.country), zones, taxRates };
}

/**
 * The store's checkout configuration as loadCheckoutConfig reads it, kept per process under
 * the store's cache tag (src/server/cache/tag-scoped-cache.ts): store, checkout settings,
 * shipping and tax changes bump the tag in their transaction, so every instance uses a change
 * within CACHE_TAG_POLL_MS of its commit, and the writing instance at once.
 *
 * @throws AppError NOT_FOUND for an unknown store.
 */
export const checkoutConfigOf = tagScopedCache("checkout-config", (storeId: string) => loadCheckoutConfig(storeId), (config) => config.store.slug);
