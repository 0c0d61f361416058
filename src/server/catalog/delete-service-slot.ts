import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { AppError } from "@/server/errors";
import { auditActor, type TCatalogActor, type TRequestContext } from "./catalog-tx";
import { lockServiceSlot } from "./service-slot-view";

/**
 * Removes a slot nobody has booked. A slot with bookings is refused (409 "slotId"): the
 * orders that hold its places need it; lower its capacity to the bookings instead to stop
 * further sales. Shoppers' cart lines for the slot go with it (the database cascades). The
 * slot row is locked first, so a racing booking either lands before (and the delete is
 * refused) or finds the slot gone. Audit entry and `product.slots_changed` commit with it.
 * An unknown or other store's slot is NOT_FOUND.
 */
export async function deleteServiceSlot(storeId: string, actor: TCatalogActor, slotId: string, context: TRequestContext = {}): Promise<void> {
  await storeDb(storeId).$transaction(async (tx) => {
    const slot = await lockServiceSlot(tx, storeId, slotId);
    if (slot.booked > 0) {
      const message = `${slot.booked} ${slot.booked === 1 ? "place is" : "places are"} booked in this slot: it cannot be removed`;
      throw new AppError("CONFLICT", message, { fields: [{ path: "slotId", message }] });
    }
    await tx.serviceSlot.deleteMany({ where: { storeId, id: slot.id } });
    await recordAudit(
      { storeId, ...auditActor(actor, context), action: "service_slot.deleted", targetType: "service_slot", targetId: slot.id, data: { productId: slot.productId, startsAt: slot.startsAt.toISOString() } },
      tx,
    );
    await enqueueEvent(tx, { type: "product.slots_changed", storeId, payload: { productId: slot.productId, handle: slot.handle, change: "deleted", slotIds: [slot.id] } });
  });
}
