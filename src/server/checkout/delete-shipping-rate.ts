import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { auditActor, type TRequestContext, type TSettingsWriteActor } from "./settings-tx";

/**
 * Deletes a shipping rate; placed orders keep its name and price. Audit entry and
 * `shipping.updated` event in the same transaction.
 *
 * @throws AppError NOT_FOUND for an unknown rate or another store's.
 */
export async function deleteShippingRate(storeId: string, actor: TSettingsWriteActor, rateId: string, context: TRequestContext = {}): Promise<void> {
  await storeDb(storeId).$transaction(async (tx) => {
    const rate = await tx.shippingRate.findFirst({ where: { storeId, id: rateId }, select: { zoneId: true } });
    if (!rate) throw new AppError("NOT_FOUND", "Shipping rate not found");
    await tx.shippingRate.deleteMany({ where: { storeId, id: rateId } });
    await recordAudit({ storeId, ...auditActor(actor, context), action: "shipping_rate.deleted", targetType: "shipping_rate", targetId: rateId, data: { zoneId: rate.zoneId } }, tx);
    await enqueueEvent(tx, { type: "shipping.updated", storeId, payload: { zoneId: rate.zoneId, rateId, change: "rate.deleted" } });
  });
}
