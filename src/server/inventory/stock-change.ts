import { asSql, Prisma, valueRows, type InventoryEntryKind, type TSqlCapable } from "@/server/db";
import { newRowId, type TLedgerActor, type TStoreTx } from "./inventory-tx";

/**
 * The one way a StockLevel changes: a conditional UPDATE that applies the deltas only when the
 * result keeps the level valid (onHand >= 0, reserved >= 0, reserved <= onHand; the table's
 * CHECK backs it), plus the ledger entry that records it. Never read-then-write: the
 * condition is evaluated on the locked, current row, so concurrent transactions cannot
 * oversell. Raw SQL names storeId in every statement.
 */

export type TStockChange = {
  variantId: string;
  locationId: string;
  onHandDelta: number;
  reservedDelta: number;
  kind: InventoryEntryKind;
  reference?: string | null;
  note?: string | null;
};

/** Converts what the driver returns for integers and sums (bigint, string, Decimal) to a number. */
export const toNumber = (value: unknown): number => (value == null ? 0 : Number(typeof value === "object" ? String(value) : value));

/**
 * Applies the deltas to an existing level if the result stays valid. Returns false (nothing
 * changed) when the level is missing or the change would break it. Writes no ledger entry:
 * callers collect applied changes and write them with `writeLedger`.
 */
export async function updateLevel(tx: TStoreTx, storeId: string, change: Pick<TStockChange, "variantId" | "locationId" | "onHandDelta" | "reservedDelta">): Promise<boolean> {
  const { variantId, locationId, onHandDelta: dOn, reservedDelta: dRes } = change;
  const affected = await tx.$executeRaw`
    UPDATE StockLevel SET onHand = onHand + ${dOn}, reserved = reserved + ${dRes}, updatedAt = NOW(3)
    WHERE storeId = ${storeId} AND variantId = ${variantId} AND locationId = ${locationId}
      AND onHand + ${dOn} >= 0 AND reserved + ${dRes} >= 0 AND reserved + ${dRes} <= onHand + ${dOn}`;
  return affected === 1;
}

/** Appends ledger entries (one per applied change). */
export async function writeLedger(tx: TSqlCapable, storeId: string, changes: TStockChange[], actor: TLedgerActor): Promise<void> {
  if (!changes.length) return;
  const now = new Date();
  await asSql(tx).execute(
    `INSERT INTO InventoryLedgerEntry (id, storeId, variantId, locationId, kind, onHandDelta, reservedDelta, actorType, actorId, reference, note, createdAt)
     VALUES ${valueRows(changes.length, 12)}`,
    changes.flatMap((c) => [
      newRowId(),
      storeId,
      c.variantId,
      c.locationId,
      c.kind,
      c.onHandDelta,
      c.reservedDelta,
      actor.actorType,
      actor.actorId,
      c.reference ?? null,
      c.note?.slice(0, 500) ?? null,
      now,
    ]),
  );
}

/**
 * Makes sure a (variant, location) level row exists (0 / 0 when new). Does not hide foreign key
 * errors (no INSERT IGNORE): callers have already proved both ids belong to the store.
 */
export async function ensureLevel(tx: TStoreTx, storeId: string, variantId: string, locationId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO StockLevel (id, storeId, variantId, locationId, onHand, reserved, updatedAt)
    VALUES (${newRowId()}, ${storeId}, ${variantId}, ${locationId}, 0, 0, NOW(3))
    ON DUPLICATE KEY UPDATE id = id`;
}

export type TLockedLevel = { locationId: string; onHand: number; reserved: number };

/** Locks a variant's levels (all locations, or the listed ones) in location order and returns them. */
export async function lockLevels(tx: TStoreTx, storeId: string, variantId: string, locationIds?: string[]): Promise<TLockedLevel[]> {
  const only = locationIds?.length ? Prisma.sql`AND locationId IN (${Prisma.join(locationIds)})` : Prisma.empty;
  const rows = await tx.$queryRaw<{ locationId: string; onHand: unknown; reserved: unknown }[]>`
    SELECT locationId, onHand, reserved FROM StockLevel
    WHERE storeId = ${storeId} AND variantId = ${variantId} ${only}
    ORDER BY locationId FOR UPDATE`;
  return rows.map((r) => ({ locationId: r.locationId, onHand: toNumber(r.onHand), reserved: toNumber(r.reserved) }));
}

