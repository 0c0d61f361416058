import { storeDb, type Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { getStoreProfile } from "@/server/stores";
import { DEFAULT_MAX_LINE_QUANTITY } from "@/server/cart";

export type TCheckoutSettings = {
  pricesIncludeTax: boolean;
  /** ISO 3166-1 alpha-2 codes the store ships to. */
  shipCountries: string[];
  reservationMinutes: number;
  maxLineQuantity: number;
  localPickupEnabled: boolean;
  pickupInstructions: string | null;
  codEnabled: boolean;
  codInstructions: string | null;
  /** Stripe Connect state (written by the payments domain). */
  stripeAccountId: string | null;
  stripeChargesEnabled: boolean;
  /** Whether the row exists (false: these are the defaults). */
  saved: boolean;
};

export const CHECKOUT_SETTINGS_SELECT = {
  pricesIncludeTax: true,
  shipCountries: true,
  reservationMinutes: true,
  maxLineQuantity: true,
  localPickupEnabled: true,
  pickupInstructions: true,
  codEnabled: true,
  codInstructions: true,
  stripeAccountId: true,
  stripeChargesEnabled: true,
} satisfies Prisma.CheckoutSettingsSelect;

type TSettingsRow = Prisma.CheckoutSettingsGetPayload<{ select: typeof CHECKOUT_SETTINGS_SELECT }>;

/** The defaults of a store without a settings row: it ships only to its own country. */
export function defaultCheckoutSettings(storeCountry: string): TCheckoutSettings {
  return {
    pricesIncludeTax: false,
    shipCountries: [storeCountry],
    reservationMinutes: 30,
    maxLineQuantity: DEFAULT_MAX_LINE_QUANTITY,
    localPickupEnabled: false,
    pickupInstructions: null,
    codEnabled: true,
    codInstructions: null,
    stripeAccountId: null,
    stripeChargesEnabled: false,
    saved: false,
  };
}

export function toCheckoutSettings(row: TSettingsRow | null, storeCountry: string): TCheckoutSettings {
  if (!row) return defaultCheckoutSettings(storeCountry);
  const countries = Array.isArray(row.shipCountries) ? row.shipCountries.filter((c): c is string => typeof c === "string") : [];
  return { ...row, shipCountries: countries, saved: true };
}

/**
 * The store's checkout settings, or the defaults when it has saved none (ships to the store's
 * own country, prices exclusive of tax, 30-minute reservations, 50 per line, cash on delivery on).
 *
 * @throws AppError NOT_FOUND for an unknown store.
 */
export async function getCheckoutSettings(storeId: string): Promise<TCheckoutSettings> {
  const store = await getStoreProfile(storeId);
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  const row = await storeDb(storeId).checkoutSettings.findUnique({ where: { storeId }, select: CHECKOUT_SETTINGS_SELECT });
  return toCheckoutSettings(row, store.country);
}
