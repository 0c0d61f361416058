import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { ZUpdateServiceSlotInput } from "./catalog.schemas";
import { auditActor, validationFailed, type TCatalogActor, type TRequestContext } from "./catalog-tx";
import { lockServiceSlot, SLOT_SELECT, type TServiceSlotView } from "./service-slot-view";

/**
 * Changes a slot's capacity (ZUpdateServiceSlotInput). It can never go below the places
 * already booked (422 "capacity"): the slot row is locked first, so a booking racing this
 * change either lands before (and is counted) or after (and meets the new capacity). The audit
 * entry and `product.slots_changed` commit with it. An unknown or other store's slot is NOT_FOUND.
 */
export async function updateServiceSlot(storeId: string, actor: TCatalogActor, slotId: string, input: unknown, context: TRequestContext = {}): Promise<TServiceSlotView> {
  const { capacity } = ZUpdateServiceSlotInput.parse(input);
  return storeDb(storeId).$transaction(async (tx) => {
    const slot = await lockServiceSlot(tx, storeId, slotId);
    if (capacity < slot.booked) {
      throw validationFailed([{ path: "capacity", message: `${slot.booked} ${slot.booked === 1 ? "place is" : "places are"} already booked: the capacity cannot be lower` }]);
    }
    const updated = await tx.serviceSlot.update({ where: { id: slot.id }, data: { capacity }, select: SLOT_SELECT });
    if (capacity !== slot.capacity) {
      await recordAudit(
        { storeId, ...auditActor(actor, context), action: "service_slot.updated", targetType: "service_slot", targetId: slot.id, data: { productId: slot.productId, capacity: { from: slot.capacity, to: capacity } } },
        tx,
      );
      await enqueueEvent(tx, { type: "product.slots_changed", storeId, payload: { productId: slot.productId, handle: slot.handle, change: "updated", slotIds: [slot.id] } });
    }
    return updated;
  });
}
