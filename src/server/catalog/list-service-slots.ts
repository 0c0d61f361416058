import { storeDb } from "@/server/db";
import { SLOT_SELECT, type TServiceSlotView } from "./service-slot-view";

/** The dashboard lists at most this many upcoming slots of one service. */
export const SLOT_LIST_LIMIT = 200;

/**
 * A service's slots that have not ended by `now`, earliest first (at most SLOT_LIST_LIMIT),
 * with capacity and places booked. Empty for an unknown or other store's product.
 */
export async function listServiceSlots(storeId: string, productId: string, now = new Date()): Promise<TServiceSlotView[]> {
  return storeDb(storeId).serviceSlot.findMany({
    where: { storeId, productId, endsAt: { gt: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: SLOT_LIST_LIMIT,
    select: SLOT_SELECT,
  });
}
