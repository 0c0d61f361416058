import { AppError } from "@/server/errors";
import type { InventoryEntryKind } from "@/server/db";
import { ensureDefaultLocation } from "./stock-locations";
import { ledgerActor, orderReference, type TStockActor, type TStoreTx } from "./inventory-tx";
import { toNumber, updateLevel, writeLedger, type TStockChange } from "./stock-change";
import { recordSlotCrossings, recordStockCrossings } from "./availability-events";

export type TReservedStock = { variantId: string; locationId: string; quantity: number };

/**
 * What an order still holds reserved, per (variant, location): the sum of the reservedDelta of
 * its ledger entries (RESERVATION +q; SALE, RELEASE, CANCELLATION -q), in lock order: variant,
 * then the default location, then location id.
 *
 * A plain (snapshot) read, deliberately: a locking read on the (storeId, reference) index would
 * take gap locks that block every concurrent checkout's ledger insert (and deadlock with their
 * level locks). Callers hold the order's row lock, taken so that their snapshot is not older
 * than the order's last change (lockOrderForUpdate in src/server/orders does both), so the
 * order's entries cannot change underneath.
 */
export async function outstandingReservations(tx: TStoreTx, storeId: string, orderId: string): Promise<TReservedStock[]> {
  const rows = await tx.$queryRaw<{ variantId: string; locationId: string; reservedDelta: unknown }[]>`
    SELECT variantId, locationId, reservedDelta FROM InventoryLedgerEntry
    WHERE storeId = ${storeId} AND reference = ${orderReference(orderId)}`;
  if (!rows.length) return [];
  const sums = new Map<string, TReservedStock>();
  for (const r of rows) {
    const key = `${r.variantId}\u0000${r.locationId}`;
    const entry = sums.get(key) ?? { variantId: r.variantId, locationId: r.locationId, quantity: 0 };
    entry.quantity += toNumber(r.reservedDelta);
    sums.set(key, entry);
  }
  const defaultId = (await ensureDefaultLocation(storeId, tx)).id;
  const rank = (l: string) => (l === defaultId ? "" : l);
  return [...sums.values()]
    .filter((s) => s.quantity > 0)
    .sort((a, b) => (a.variantId !== b.variantId ? (a.variantId < b.variantId ? -1 : 1) : rank(a.locationId) < rank(b.locationId) ? -1 : 1));
}

async function settle(tx: TStoreTx, storeId: string, orderId: string, kind: InventoryEntryKind, actor: TStockActor, sale: boolean): Promise<TReservedStock[]> {
  const outstanding = await outstandingReservations(tx, storeId, orderId);
  const changes: TStockChange[] = [];
  for (const r of outstanding) {
    const change = { variantId: r.variantId, locationId: r.locationId, onHandDelta: sale ? -r.quantity : 0, reservedDelta: -r.quantity };
    if (!(await updateLevel(tx, storeId, change))) {
      throw new AppError("INTERNAL", `Stock level of variant ${r.variantId} does not hold the order's reservation`);
    }
    changes.push({ ...change, kind, reference: orderReference(orderId) });
  }
  await writeLedger(tx, storeId, changes, ledgerActor(actor));
  // A sale leaves available unchanged (on hand and reserved drop together): nothing is read.
  await recordStockCrossings(tx, storeId, changes);
  return outstanding;
}

/**
 * Turns an order's reservations into a sale inside the caller's transaction: per reserved
 * (variant, location), `onHand -= q, reserved -= q` and a SALE ledger entry. Available stock
 * does not change (it already dropped when reserving). Idempotent: what was already committed
 * or released is not outstanding any more, so a repeat changes nothing. Returns what was
 * committed. The caller holds the order's row lock (see outstandingReservations).
 */
export async function commitReservation(tx: TStoreTx, storeId: string, orderId: string, actor: TStockActor): Promise<TReservedStock[]> {
  return settle(tx, storeId, orderId, "SALE", actor, true);
}

/**
 * Gives an order's reserved stock back inside the caller's transaction (`reserved -= q`, a
 * RELEASE or CANCELLATION ledger entry) and frees the service-slot seats its lines booked.
 * Stock is idempotent by the ledger. Slot seats have no ledger: call this once per order, in
 * the transaction that moves the order out of its reserved state (the caller's conditional
 * status change under the order's row lock is what makes it run once). Returns the stock
 * released. Stock back from 0 and slots no longer fully booked write
 * `inventory.availability_changed` (one per transaction).
 */
export async function releaseReservation(tx: TStoreTx, storeId: string, orderId: string, kind: "RELEASE" | "CANCELLATION", actor: TStockActor): Promise<TReservedStock[]> {
  const released = await settle(tx, storeId, orderId, kind, actor, false);
  const slots = await tx.$queryRaw<{ slotId: string; quantity: unknown }[]>`
    SELECT slotId, CAST(SUM(quantity) AS SIGNED) AS quantity FROM OrderLine
    WHERE storeId = ${storeId} AND orderId = ${orderId} AND slotId IS NOT NULL
    GROUP BY slotId ORDER BY slotId`;
  const freed: { slotId: string; bookedDelta: number }[] = [];
  for (const s of slots) {
    const q = toNumber(s.quantity);
    await tx.$executeRaw`UPDATE ServiceSlot SET booked = GREATEST(booked - ${q}, 0) WHERE storeId = ${storeId} AND id = ${s.slotId}`;
    freed.push({ slotId: s.slotId, bookedDelta: -q });
  }
  await recordSlotCrossings(tx, storeId, freed);
  return released;
}
