import { getStoreProfile } from "@/server/stores";
import { AppError } from "@/server/errors";
import type { TStoreTx } from "./catalog-tx";

/** A service's time slot as the dashboard shows it. */
export type TServiceSlotView = {
  id: string;
  productId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  /** Places taken by placed orders. */
  booked: number;
  createdAt: Date;
};

export const SLOT_SELECT = { id: true, productId: true, startsAt: true, endsAt: true, capacity: true, booked: true, createdAt: true } as const;

/** The store's IANA time zone: slot times are entered and shown in it. */
export async function storeTimeZone(storeId: string): Promise<string> {
  const store = await getStoreProfile(storeId);
  if (!store) throw new AppError("NOT_FOUND", "Store not found");
  return store.timeZone;
}

/**
 * One of the store's slots with its product's handle, locked (FOR UPDATE) until the caller's
 * transaction ends, so a concurrent booking (a conditional UPDATE of `booked`) waits for the
 * change and then sees it. Another store's or an unknown id is NOT_FOUND.
 */
export async function lockServiceSlot(tx: TStoreTx, storeId: string, slotId: string) {
  const rows = await tx.$queryRaw<{ id: string; productId: string; handle: string; startsAt: Date; capacity: number; booked: number }[]>`
    SELECT s.id, s.productId, p.handle, s.startsAt, s.capacity, s.booked FROM ServiceSlot s
    JOIN Product p ON p.id = s.productId AND p.storeId = ${storeId}
    WHERE s.storeId = ${storeId} AND s.id = ${slotId} FOR UPDATE`;
  const slot = rows[0];
  if (!slot) throw new AppError("NOT_FOUND", "Time slot not found", { fields: [{ path: "slotId", message: "Time slot not found" }] });
  return { ...slot, capacity: Number(slot.capacity), booked: Number(slot.booked) };
}
