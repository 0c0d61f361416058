import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { getStoreProfile } from "@/server/stores";
import { ZCheckoutSettingsPatch } from "./checkout.schemas";
import { CHECKOUT_SETTINGS_SELECT, toCheckoutSettings, type TCheckoutSettings } from "./get-checkout-settings";
import { auditActor, type TRequestContext, type TSettingsWriteActor } from "./settings-tx";

type TEditable = Exclude<keyof TCheckoutSettings, "saved" | "stripeAccountId" | "stripeChargesEnabled">;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes the store's checkout settings (ZCheckoutSettingsPatch: any subset of ship countries,
 * tax-inclusive prices, reservation minutes 5..1440, per-line maximum, local pickup, cash on
 * delivery and their instructions). The first change saves the defaults with it. The audit
 * entry and a `checkout_settings.updated` event (names of the changed fields) commit with it;
 * nothing is written when nothing changes. Callers check settings:write.
 *
 * @throws ZodError (422) for invalid input, with field paths; AppError NOT_FOUND.
 */
export async function updateCheckoutSettings(storeId: string, actor: TSettingsWriteActor, input: unknown, context: TRequestContext = {}): Promise<TCheckoutSettings> {
  const patch = ZCheckoutSettingsPatch.parse(input);
  const store = await getStoreProfile(storeId);
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  return storeDb(storeId).$transaction(async (tx) => {
    // Locks the row (when it exists) so two concurrent edits apply one after the other.
    await tx.$queryRaw`SELECT id FROM CheckoutSettings WHERE storeId = ${storeId} FOR UPDATE`;
    const before = toCheckoutSettings(await tx.checkoutSettings.findUnique({ where: { storeId }, select: CHECKOUT_SETTINGS_SELECT }), store.country);
    const changes: Partial<Pick<TCheckoutSettings, TEditable>> = {};
    for (const key of Object.keys(patch) as TEditable[]) {
      const value = patch[key];
      if (value !== undefined && !same(value, before[key])) (changes as Record<string, unknown>)[key] = value;
    }
    const fields = Object.keys(changes);
    if (!fields.length) return before;
    const after = { ...before, ...changes, saved: true };
    const data = {
      pricesIncludeTax: after.pricesIncludeTax,
      shipCountries: after.shipCountries,
      reservationMinutes: after.reservationMinutes,
      maxLineQuantity: after.maxLineQuantity,
      localPickupEnabled: after.localPickupEnabled,
      pickupInstructions: after.pickupInstructions,
      codEnabled: after.codEnabled,
      codInstructions: after.codInstructions,
    };
    await tx.checkoutSettings.upsert({ where: { storeId }, create: { storeId, ...data }, update: data });
    await recordAudit({ storeId, ...auditActor(actor, context), action: "checkout_settings.updated", targetType: "store", targetId: storeId, data: { fields } }, tx);
    await enqueueEvent(tx, { type: "checkout_settings.updated", storeId, payload: { storeId, fields } });
    return after;
  });
}
