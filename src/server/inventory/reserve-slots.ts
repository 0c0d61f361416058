import { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TStoreTx } from "./inventory-tx";
import { assertPositiveQuantities, mergeByKey } from "./reserve-stock";
import { toNumber } from "./stock-change";
import { recordSlotCrossings } from "./availability-events";

export type TSlotReserveItem = { slotId: string; quantity: number; label: string };
export type TSlotUnavailableItem = { slotId: string; label: string; available: number };
export type TSlotReserveResult = { ok: true } | { ok: false; outOfStock: TSlotUnavailableItem[] };

/**
 * Books service slots inside the caller's (checkout) transaction: `booked += quantity` by a
 * conditional UPDATE that succeeds only while `booked + quantity <= capacity` and the slot has
 * not started (the CHECK constraint backs it). Slots are handled in id order (stable lock
 * order). Returns `{ ok: false, outOfStock }` naming every slot that cannot take the booking
 * (with the seats left, from a locking read); what this call booked is then given back, and
 * the caller should roll back. A slot that is not the store's throws NOT_FOUND. Bookings are given
 * back by `releaseReservation` (from the order's lines). A booking that fills a slot writes
 * `inventory.availability_changed` (one per transaction).
 */
export async function reserveSlots(tx: TStoreTx, storeId: string, items: TSlotReserveItem[]): Promise<TSlotReserveResult> {
  assertPositiveQuantities(items);
  const lines = mergeByKey(items, (i) => i.slotId);
  if (!lines.length) return { ok: true };
  const known = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM ServiceSlot WHERE storeId = ${storeId} AND id IN (${Prisma.join(lines.map((l) => l.key))})`;
  const knownIds = new Set(known.map((r) => r.id));
  const missing = lines.filter((l) => !knownIds.has(l.key));
  if (missing.length) throw new AppError("NOT_FOUND", "Slot not found", { fields: missing.map((l) => ({ path: "slotId", message: `${l.label}: slot not found` })) });

  const full: { slotId: string; label: string }[] = [];
  const booked: { slotId: string; quantity: number }[] = [];
  for (const line of lines) {
    const affected = await tx.$executeRaw`
      UPDATE ServiceSlot SET booked = booked + ${line.quantity}
      WHERE storeId = ${storeId} AND id = ${line.key} AND booked + ${line.quantity} <= capacity AND startsAt > NOW(3)`;
    if (affected === 1) booked.push({ slotId: line.key, quantity: line.quantity });
    else full.push({ slotId: line.key, label: line.label });
  }
  if (!full.length) {
    await recordSlotCrossings(tx, storeId, booked.map((b) => ({ slotId: b.slotId, bookedDelta: b.quantity })));
    return { ok: true };
  }
  // Give back what this call booked (rows it still holds locked), so nothing changed.
  for (const b of booked) await tx.$executeRaw`UPDATE ServiceSlot SET booked = booked - ${b.quantity} WHERE storeId = ${storeId} AND id = ${b.slotId}`;
  const rows = await tx.$queryRaw<{ id: string; left: unknown }[]>`
    SELECT id, IF(startsAt > NOW(3), capacity - booked, 0) AS \`left\` FROM ServiceSlot
    WHERE storeId = ${storeId} AND id IN (${Prisma.join(full.map((f) => f.slotId))}) LOCK IN SHARE MODE`;
  const left = new Map(rows.map((r) => [r.id, Math.max(0, toNumber(r.left))]));
  return { ok: false, outOfStock: full.map((f) => ({ ...f, available: left.get(f.slotId) ?? 0 })) };
}
