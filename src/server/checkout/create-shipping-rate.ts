import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { getStoreProfile } from "@/server/stores";
import { ZShippingRateInput } from "./checkout.schemas";
import { auditActor, moneyField, type TRequestContext, type TSettingsWriteActor } from "./settings-tx";
import { RATE_SELECT, toRateView, type TShippingRateView } from "./shipping-view";

/**
 * Adds a rate to a zone (ZShippingRateInput): FLAT, or WEIGHT with a band
 * minWeightGrams <= weight < maxWeightGrams; optional free-over subtotal. Prices are decimal
 * strings in the store's currency. A FLAT rate keeps no band. Audit entry and
 * `shipping.updated` event in the same transaction.
 *
 * @throws ZodError (422); AppError VALIDATION_FAILED (price precision), NOT_FOUND on zoneId.
 */
export async function createShippingRate(storeId: string, actor: TSettingsWriteActor, zoneId: string, input: unknown, context: TRequestContext = {}): Promise<TShippingRateView> {
  const data = ZShippingRateInput.parse(input);
  const store = await getStoreProfile(storeId);
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  const priceMinor = moneyField(data.price, store.currency, "price");
  const freeOverMinor = data.freeOver == null ? null : moneyField(data.freeOver, store.currency, "freeOver");
  const weight = data.kind === "WEIGHT";
  return storeDb(storeId).$transaction(async (tx) => {
    const zone = await tx.shippingZone.findFirst({ where: { storeId, id: zoneId }, select: { id: true } });
    if (!zone) throw new AppError("NOT_FOUND", "Shipping zone not found", { fields: [{ path: "zoneId", message: "Shipping zone not found" }] });
    const position = data.position ?? (await tx.shippingRate.count({ where: { storeId, zoneId } }));
    const rate = await tx.shippingRate.create({
      data: {
        storeId,
        zoneId,
        name: data.name,
        kind: data.kind,
        priceMinor,
        minWeightGrams: weight ? (data.minWeightGrams ?? null) : null,
        maxWeightGrams: weight ? (data.maxWeightGrams ?? null) : null,
        freeOverMinor,
        position,
      },
      select: RATE_SELECT,
    });
    await recordAudit({ storeId, ...auditActor(actor, context), action: "shipping_rate.created", targetType: "shipping_rate", targetId: rate.id, data: { zoneId, kind: data.kind } }, tx);
    await enqueueEvent(tx, { type: "shipping.updated", storeId, payload: { zoneId, rateId: rate.id, change: "rate.created" } });
    return toRateView(rate, store.currency);
  });
}
