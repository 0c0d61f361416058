import { Prisma } from "@/server/db";
import { enqueueEvent } from "@/server/events";
import type { TStoreTx } from "./inventory-tx";
import { toNumber } from "./stock-change";

/**
 * `inventory.availability_changed` tells the storefront (through the cache tag bump that every
 * `inventory.*` event makes) that a variant went in or out of stock, or a service slot became
 * fully booked or bookable again. Orders change stock constantly; bumping the storefront's
 * cache on every order would make the cache useless under load and serialise checkouts on the
 * tag row, so only changes that cross zero write it, and a transaction writes at most one.
 */
export const AVAILABILITY_CHANGED = "inventory.availability_changed";

/** Whether a quantity crossed zero (from > 0 to <= 0, or from <= 0 to > 0). */
export function crossedZero(before: number, after: number): boolean {
  return before > 0 !== after > 0;
}

type TPending = { eventId: bigint; variantIds: string[]; slotIds: string[] };

/**
 * The event a transaction has written so far, per store. Keyed by the transaction client
 * (one object per interactive transaction, passed down unchanged), so entries vanish with it.
 */
const pendingByTx = new WeakMap<object, Map<string, TPending>>();

const merge = (into: string[], more: string[]) => [...new Set([...into, ...more])].sort();

/**
 * Records variants and slots whose availability crossed zero in the caller's transaction:
 * the first call writes `inventory.availability_changed` ({ variantIds, slotIds }, which bumps
 * the storefront tag), later calls in the same transaction add their ids to that one event.
 * If the event row is gone (a ROLLBACK TO SAVEPOINT undid it), a new one is written.
 */
export async function recordAvailabilityChanges(tx: TStoreTx, storeId: string, crossed: { variantIds?: string[]; slotIds?: string[] }): Promise<void> {
  const variantIds = merge([], crossed.variantIds ?? []);
  const slotIds = merge([], crossed.slotIds ?? []);
  if (!variantIds.length && !slotIds.length) return;
  const byStore = pendingByTx.get(tx) ?? new Map<string, TPending>();
  pendingByTx.set(tx, byStore);
  const pending = byStore.get(storeId);
  if (pending) {
    const next = { variantIds: merge(pending.variantIds, variantIds), slotIds: merge(pending.slotIds, slotIds) };
    const updated = await tx.$executeRaw`
      UPDATE OutboxEvent SET payload = ${JSON.stringify(next)} WHERE id = ${pending.eventId} AND storeId = ${storeId} AND type = ${AVAILABILITY_CHANGED}`;
    if (updated === 1) {
      byStore.set(storeId, { ...pending, ...next });
      return;
    }
  }
  const eventId = await enqueueEvent(tx, { type: AVAILABILITY_CHANGED, storeId, payload: { variantIds, slotIds } });
  byStore.set(storeId, { eventId, variantIds, slotIds });
}

export type TLevelDelta = { variantId: string; locationId: string; onHandDelta: number; reservedDelta: number };

export type TLevelReading = {
  /**
   * Available (onHand - reserved) per variant summed over its locations, as this transaction
   * sees them; only variants whose available some change moved.
   */
  totals: Map<string, number>;
  /** Variants whose availability crossed zero through `changes` (see variantsCrossingZero). */
  crossed: string[];
};

/**
 * Reads the stock levels of the changed variants after the caller's updates (a plain read: the
 * rows the caller updated are its own, locked and current, so no extra lock is taken) and
 * decides which variants crossed zero.
 *
 * A variant counts when this transaction's changes alter its available total (commits and
 * transfers do not) and one of the levels it changed crossed zero: its before is its after
 * minus this transaction's deltas, exact because the row has been locked since the first
 * update. The rule is complete under concurrency: whichever transaction takes a variant's
 * real total to 0 (or from 0) necessarily empties (or fills) a level it holds locked, even
 * when other locations are being emptied by transactions it cannot see. Emptying one of
 * several locations while another still has stock also counts: an extra storefront refresh,
 * never a missed one. Variants with a single level (the common case) count exactly when
 * their total crosses zero.
 */
export async function readLevelsAfter(tx: TStoreTx, storeId: string, changes: TLevelDelta[]): Promise<TLevelReading> {
  const net = new Map<string, number>();
  const ownDelta = new Map<string, number>();
  for (const c of changes) {
    const d = c.onHandDelta - c.reservedDelta;
    net.set(c.variantId, (net.get(c.variantId) ?? 0) + d);
    const key = `${c.variantId}\u0000${c.locationId}`;
    ownDelta.set(key, (ownDelta.get(key) ?? 0) + d);
  }
  // Levels whose available did not move (a sale: on hand and reserved drop together) need no read.
  const moved = [...new Set(changes.filter((c) => c.onHandDelta !== c.reservedDelta).map((c) => c.variantId))];
  const totals = new Map<string, number>(moved.map((id) => [id, 0]));
  if (!moved.length) return { totals, crossed: [] };
  const rows = await tx.$queryRaw<{ variantId: string; locationId: string; available: unknown }[]>`
    SELECT variantId, locationId, onHand - reserved AS available FROM StockLevel
    WHERE storeId = ${storeId} AND variantId IN (${Prisma.join(moved)})`;
  const crossed = new Set<string>();
  for (const r of rows) {
    const after = toNumber(r.available);
    totals.set(r.variantId, (totals.get(r.variantId) ?? 0) + after);
    const own = ownDelta.get(`${r.variantId}\u0000${r.locationId}`);
    if (own === undefined || !net.get(r.variantId)) continue;
    if (crossedZero(after - own, after)) crossed.add(r.variantId);
  }
  return { totals, crossed: [...crossed].sort() };
}

/** Records the variants among `changes` that crossed zero (see readLevelsAfter); returns the reading. */
export async function recordStockCrossings(tx: TStoreTx, storeId: string, changes: TLevelDelta[]): Promise<TLevelReading> {
  const reading = await readLevelsAfter(tx, storeId, changes);
  await recordAvailabilityChanges(tx, storeId, { variantIds: reading.crossed });
  return reading;
}

/**
 * After `booked` changed by `bookedDelta` on each slot (the caller's own, locked rows), records
 * the slots that became fully booked or bookable again. `booked` never leaves 0..capacity (the
 * table's CHECK), so a release clamped at 0 is treated as having started from at most capacity.
 */
export async function recordSlotCrossings(tx: TStoreTx, storeId: string, deltas: { slotId: string; bookedDelta: number }[]): Promise<void> {
  const changed = deltas.filter((d) => d.bookedDelta !== 0);
  if (!changed.length) return;
  const rows = await tx.$queryRaw<{ id: string; capacity: unknown; booked: unknown }[]>`
    SELECT id, capacity, booked FROM ServiceSlot WHERE storeId = ${storeId} AND id IN (${Prisma.join(changed.map((d) => d.slotId))})`;
  const byId = new Map(rows.map((r) => [r.id, { capacity: toNumber(r.capacity), booked: toNumber(r.booked) }]));
  const crossed: string[] = [];
  for (const d of changed) {
    const slot = byId.get(d.slotId);
    if (!slot) continue;
    const before = Math.min(Math.max(slot.booked - d.bookedDelta, 0), slot.capacity);
    if (crossedZero(slot.capacity - before, slot.capacity - slot.booked)) crossed.push(d.slotId);
  }
  await recordAvailabilityChanges(tx, storeId, { slotIds: crossed });
}
