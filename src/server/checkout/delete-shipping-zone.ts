import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { auditActor, type TRequestContext, type TSettingsWriteActor } from "./settings-tx";

/**
 * Deletes a zone and its rates. Placed orders keep their shipping rate's name and price
 * (snapshots). Audit entry and `shipping.updated` event in the same transaction.
 *
 * @throws AppError NOT_FOUND for an unknown zone or another store's.
 */
export async function deleteShippingZone(storeId: string, actor: TSettingsWriteActor, zoneId: string, context: TRequestContext = {}): Promise<void> {
  await storeDb(storeId).$transaction(async (tx) => {
    const { count } = await tx.shippingZone.deleteMany({ where: { storeId, id: zoneId } });
    if (!count) throw new AppError("NOT_FOUND", "Shipping zone not found");
    await recordAudit({ storeId, ...auditActor(actor, context), action: "shipping_zone.deleted", targetType: "shipping_zone", targetId: zoneId }, tx);
    await enqueueEvent(tx, { type: "shipping.updated", storeId, payload: { zoneId, change: "zone.deleted" } });
  });
}
