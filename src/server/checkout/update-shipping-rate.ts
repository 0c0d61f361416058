import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { getStoreProfile } from "@/server/stores";
import { ZShippingRatePatch } from "./checkout.schemas";
import { auditActor, moneyField, validationFailed, type TRequestContext, type TSettingsWriteActor } from "./settings-tx";
import { RATE_SELECT, toRateView, type TShippingRateView } from "./shipping-view";

/**
 * Changes a shipping rate (ZShippingRatePatch). The resulting band must still be valid
 * (max > min); switching to FLAT drops the band. Audit entry and `shipping.updated` event in
 * the same transaction. A rate of another store is NOT_FOUND.
 *
 * @throws ZodError (422); AppError VALIDATION_FAILED, NOT_FOUND.
 */
export async function updateShippingRate(storeId: string, actor: TSettingsWriteActor, rateId: string, input: unknown, context: TRequestContext = {}): Promise<TShippingRateView> {
  const patch = ZShippingRatePatch.parse(input);
  const store = await getStoreProfile(storeId);
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  const priceMinor = patch.price === undefined ? undefined : moneyField(patch.price, store.currency, "price");
  const freeOverMinor = patch.freeOver === undefined ? undefined : patch.freeOver === null ? null : moneyField(patch.freeOver, store.currency, "freeOver");
  return storeDb(storeId).$transaction(async (tx) => {
    const before = await tx.shippingRate.findFirst({ where: { storeId, id: rateId }, select: RATE_SELECT });
    if (!before) throw new AppError("NOT_FOUND", "Shipping rate not found");
    const kind = patch.kind ?? before.kind;
    const weight = kind === "WEIGHT";
    const minWeightGrams = weight ? (patch.minWeightGrams !== undefined ? patch.minWeightGrams : before.minWeightGrams) : null;
    const maxWeightGrams = weight ? (patch.maxWeightGrams !== undefined ? patch.maxWeightGrams : before.maxWeightGrams) : null;
    if (minWeightGrams != null && maxWeightGrams != null && maxWeightGrams <= minWeightGrams) {
      throw validationFailed([{ path: "maxWeightGrams", message: "Must be more than the minimum weight" }]);
    }
    const rate = await tx.shippingRate.update({
      where: { id: rateId, storeId },
      data: {
        ...(patch.name !== undefined && { name: patch.name }),
        kind,
        ...(priceMinor !== undefined && { priceMinor }),
        minWeightGrams: minWeightGrams ?? null,
        maxWeightGrams: maxWeightGrams ?? null,
        ...(freeOverMinor !== undefined && { freeOverMinor }),
        ...(patch.position !== undefined && { position: patch.position }),
      },
      select: RATE_SELECT,
    });
    const fields = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
    await recordAudit({ storeId, ...auditActor(actor, context), action: "shipping_rate.updated", targetType: "shipping_rate", targetId: rateId, data: { fields } }, tx);
    await enqueueEvent(tx, { type: "shipping.updated", storeId, payload: { zoneId: rate.zoneId, rateId, change: "rate.updated" } });
    return toRateView(rate, store.currency);
  });
}
