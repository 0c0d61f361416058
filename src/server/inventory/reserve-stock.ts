import { asSql, type TSqlCapable } from "@/server/db";
import { AppError } from "@/server/errors";
import { ensureDefaultLocation } from "./stock-locations";
import { enqueueLowStockEvents } from "./low-stock-events";
import { ledgerActor, orderReference, type TStockActor, type TStoreTx } from "./inventory-tx";
import { toNumber, updateLevel, writeLedger, type TStockChange } from "./stock-change";
import { recordStockCrossings } from "./availability-events";
import { loadStockVariants } from "./stock-variants";

export type TReserveItem = { variantId: string; quantity: number; label: string };
export type TOutOfStockItem = { variantId: string; label: string; available: number };
export type TReserveResult = { ok: true } | { ok: false; outOfStock: TOutOfStockItem[] };

/** Checks that quantities are positive whole numbers (callers validated input; this guards misuse). */
export function assertPositiveQuantities(items: { quantity: number }[]): void {
  items.forEach((item, i) => {
    if (!Number.isSafeInteger(item.quantity) || item.quantity < 1) {
      throw new AppError("VALIDATION_FAILED", "Quantities must be whole numbers of at least 1", { fields: [{ path: `lines.${i}.quantity`, message: "At least 1" }] });
    }
  });
}

/** Sums the quantities of repeated keys (first label wins) and orders by key: the stable lock order. */
export function mergeByKey<T extends { quantity: number; label: string }>(items: T[], key: (item: T) => string): { key: string; quantity: number; label: string }[] {
  const merged = new Map<string, { key: string; quantity: number; label: string }>();
  for (const item of items) {
    const k = key(item);
    const entry = merged.get(k);
    if (entry) entry.quantity += item.quantity;
    else merged.set(k, { key: k, quantity: item.quantity, label: item.label });
  }
  return [...merged.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

type TPlannedReservation = { locationId: string; quantity: number };

/**
 * Where to reserve `quantity` when the default location alone could not: one other location
 * that has enough (the fullest), else a split over locations with stock, the default first.
 * Null when all locations together have less. Pure: exported for unit tests.
 */
export function planReservation(levels: { locationId: string; available: number }[], defaultId: string, quantity: number): TPlannedReservation[] | null {
  const usable = levels.filter((l) => l.available > 0);
  if (usable.reduce((sum, l) => sum + l.available, 0) < quantity) return null;
  const single = usable.filter((l) => l.locationId !== defaultId && l.available >= quantity).sort((a, b) => b.available - a.available || (a.locationId < b.locationId ? -1 : 1))[0];
  if (single) return [{ locationId: single.locationId, quantity }];
  const ordered = [...usable].sort((a, b) => Number(b.locationId === defaultId) - Number(a.locationId === defaultId));
  const plan: TPlannedReservation[] = [];
  let left = quantity;
  for (const level of ordered) {
    if (!left) break;
    const take = Math.min(left, level.available);
    plan.push({ locationId: level.locationId, quantity: take });
    left -= take;
  }
  return plan;
}

/** Locks every level of a variant (location order) and returns what each has available now. */
async function lockAvailability(tx: TStoreTx, storeId: string, variantId: string): Promise<{ locationId: string; available: number }[]> {
  const rows = await tx.$queryRaw<{ locationId: string; available: unknown }[]>`
    SELECT locationId, onHand - reserved AS available FROM StockLevel
    WHERE storeId = ${storeId} AND variantId = ${variantId} ORDER BY locationId FOR UPDATE`;
  return rows.map((r) => ({ locationId: r.locationId, available: toNumber(r.available) }));
}

/**
 * Reserves stock for an order inside the caller's (checkout) transaction: for each tracked
 * variant, `reserved += quantity` by a conditional UPDATE that succeeds only while
 * `onHand - reserved >= quantity` (never read-then-write; the CHECK constraint backs it), from
 * the default location first, else one location that has enough, else split over locations
 * when together they have enough. Each reservation is a RESERVATION ledger entry referenced
 * `order:<orderId>`. Variants are handled in id order (a stable lock order: no deadlocks
 * between concurrent checkouts). Untracked variants (and services, whose stock is the slot)
 * are never out of stock and write nothing.
 *
 * Returns `{ ok: false, outOfStock }` naming every line that cannot be covered (with what is
 * available now, from a locking read); what this call reserved is then given back and no
 * ledger entry is written, and the caller should roll its transaction back (throw
 * OUT_OF_STOCK).
 *
 * Throughput: the stock row stays locked until the caller's transaction ends, so keep the
 * checkout transaction short after this call. Under READ COMMITTED a refused conditional
 * UPDATE does not keep the row locked (InnoDB releases non-matching rows), which helps when
 * many shoppers race for the last items. A variant that is not the store's
 * throws NOT_FOUND. Writes `inventory.low_stock` when a reservation crosses a threshold, and
 * `inventory.availability_changed` (one per transaction) when it sells a variant out.
 */
export async function reserveStock(tx: TStoreTx, storeId: string, items: TReserveItem[], ref: { orderId: string; actor: TStockActor }): Promise<TReserveResult> {
  assertPositiveQuantities(items);
  const lines = mergeByKey(items, (i) => i.variantId);
  const variants = await loadStockVariants(tx, storeId, lines.map((l) => l.key));
  const missing = lines.filter((l) => !variants.has(l.key));
  if (missing.length) {
    throw new AppError("NOT_FOUND", "Variant not found", { fields: missing.map((l) => ({ path: "variantId", message: `${l.label}: variant not found` })) });
  }
  const tracked = lines.filter((l) => variants.get(l.key)!.tracked);
  if (!tracked.length) return { ok: true };

  const defaultId = (await ensureDefaultLocation(storeId, tx)).id;
  const reference = orderReference(ref.orderId);
  const changes: TStockChange[] = [];
  const outOfStock: TOutOfStockItem[] = [];
  for (const line of tracked) {
    const reserve = (locationId: string, quantity: number) =>
      changes.push({ variantId: line.key, locationId, onHandDelta: 0, reservedDelta: quantity, kind: "RESERVATION", reference });
    // The fast path: one conditional statement on the default location.
    if (await updateLevel(tx, storeId, { variantId: line.key, locationId: defaultId, onHandDelta: 0, reservedDelta: line.quantity })) {
      reserve(defaultId, line.quantity);
      continue;
    }
    const levels = await lockAvailability(tx, storeId, line.key);
    const plan = planReservation(levels, defaultId, line.quantity);
    if (!plan) {
      outOfStock.push({ variantId: line.key, label: line.label, available: Math.max(0, levels.reduce((sum, l) => sum + Math.max(0, l.available), 0)) });
      continue;
    }
    for (const step of plan) {
      if (!(await updateLevel(tx, storeId, { variantId: line.key, locationId: step.locationId, onHandDelta: 0, reservedDelta: step.quantity }))) {
        throw new AppError("INTERNAL", "A locked stock level refused a reservation it had room for");
      }
      reserve(step.locationId, step.quantity);
    }
  }

  if (outOfStock.length) {
    // Give back what this call reserved (rows it still holds locked), so nothing changed.
    for (const c of changes) await updateLevel(tx, storeId, { variantId: c.variantId, locationId: c.locationId, onHandDelta: 0, reservedDelta: -c.reservedDelta });
    return { ok: false, outOfStock };
  }
  await writeLedger(tx, storeId, changes, ledgerActor(ref.actor));
  const { totals: after } = await recordStockCrossings(tx, storeId, changes);

  const watched = tracked.filter((l) => variants.get(l.key)!.lowStockThreshold != null);
  await enqueueLowStockEvents(
    tx,
    storeId,
    watched.map((l) => ({ variantId: l.key, threshold: variants.get(l.key)!.lowStockThreshold, after: after.get(l.key)!, before: after.get(l.key)! + l.quantity })),
  );
  return { ok: true };
}

/**
 * The checkout's fast path for tracked variants without a low-stock threshold: reserves each
 * line at the store's default location with one conditional UPDATE that succeeds only while
 * MORE than the quantity is available there (`onHand - reserved > quantity`), so a reservation
 * made here can never sell a variant out or cross a threshold and needs no events. The ledger
 * entries (RESERVATION, `order:<orderId>`) and the updates are issued together: on a driver
 * transaction (TSql) they go in one multi-statement query, one round trip.
 *
 * Returns false when any line could not be reserved this way: the ledger entries written then
 * do not match the levels, and the caller MUST roll its transaction back and place the order
 * through reserveStock (which finds other locations, answers OUT_OF_STOCK and writes the
 * availability and low-stock events). Variants are updated in id order (the lock order).
 */
export async function reserveAtDefaultLocation(db: TSqlCapable, storeId: string, items: TReserveItem[], ref: { orderId: string; actor: TStockActor; locationId: string }): Promise<boolean> {
  assertPositiveQuantities(items);
  const lines = mergeByKey(items, (i) => i.variantId);
  if (!lines.length) return true;
  const tx = asSql(db);
  const reference = orderReference(ref.orderId);
  const now = new Date();
  // Issued together: one query on a driver transaction (one round trip), in order on Prisma's.
  const [, ...affected] = await Promise.all([
    writeLedger(
      tx,
      storeId,
      lines.map((l) => ({ variantId: l.key, locationId: ref.locationId, onHandDelta: 0, reservedDelta: l.quantity, kind: "RESERVATION" as const, reference })),
      ledgerActor(ref.actor),
    ),
    ...lines.map((line) =>
      tx.execute(
        `UPDATE StockLevel SET reserved = reserved + ?, updatedAt = ?
         WHERE storeId = ? AND variantId = ? AND locationId = ? AND onHand - reserved > ?`,
        [line.quantity, now, storeId, line.key, ref.locationId, line.quantity],
      ),
    ),
  ]);
  return affected.every((n) => n === 1);
}
