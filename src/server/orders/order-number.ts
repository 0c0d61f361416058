import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TStoreTx } from "@/server/inventory";

/** A store's first order number. */
export const FIRST_ORDER_NUMBER = 1001;

/**
 * Creates the store's order counter when it has none (outside any transaction; idempotent).
 * Call it when a store is created (the commerce migration made one for every older store), so
 * checkouts only ever increment an existing row.
 */
export async function ensureOrderCounter(storeId: string): Promise<void> {
  await storeDb(storeId).$executeRaw`INSERT IGNORE INTO OrderCounter (storeId, lastNumber) VALUES (${storeId}, ${FIRST_ORDER_NUMBER - 1})`;
}

/**
 * The first order of a store without a counter row creates it inside the order's transaction.
 * Concurrent creators of one key deadlock in InnoDB when the first one rolls back, so creators
 * queue on a named lock around the single INSERT ... ON DUPLICATE KEY UPDATE: at most one of
 * them ever waits on the new row.
 */
async function createOrIncrement(tx: TStoreTx, storeId: string): Promise<void> {
  const lock = `ecom_order_counter:${storeId}`;
  const [got] = await tx.$queryRaw<{ got: unknown }[]>`SELECT GET_LOCK(${lock}, 30) AS got`;
  if (Number(got?.got) !== 1) throw new AppError("CONFLICT", "Too many orders at once: try again");
  try {
    await tx.$executeRaw`
      INSERT INTO OrderCounter (storeId, lastNumber) VALUES (${storeId}, ${FIRST_ORDER_NUMBER})
      ON DUPLICATE KEY UPDATE lastNumber = lastNumber + 1`;
  } finally {
    await tx.$queryRaw`SELECT RELEASE_LOCK(${lock})`;
  }
}

/**
 * The store's next order number (1001, 1002, ...), taken inside the order's transaction: the
 * increment of the store's OrderCounter row holds that row's lock until the transaction ends,
 * so numbers are unique, and a rolled-back order gives its number back: no gaps. The existence
 * check is a plain read and the increment locks the one existing row only (no gap locks). A
 * store without a counter gets one here (lazily; see createOrIncrement).
 *
 * The counter row is the store's hottest lock: take the number as late as possible in the
 * checkout transaction (after stock is reserved), so failed checkouts never wait for it.
 */
export async function nextOrderNumber(tx: TStoreTx, storeId: string): Promise<number> {
  const existing = await tx.$queryRaw<{ one: unknown }[]>`SELECT 1 AS one FROM OrderCounter WHERE storeId = ${storeId}`;
  const incremented = existing.length ? await tx.$executeRaw`UPDATE OrderCounter SET lastNumber = lastNumber + 1 WHERE storeId = ${storeId}` : 0;
  if (incremented !== 1) await createOrIncrement(tx, storeId);
  const rows = await tx.$queryRaw<{ lastNumber: unknown }[]>`SELECT lastNumber FROM OrderCounter WHERE storeId = ${storeId}`;
  const number = Number(rows[0]?.lastNumber);
  if (!Number.isSafeInteger(number)) throw new AppError("INTERNAL", "The order counter could not be read");
  return number;
}

/** Stores whose counter row this process has seen (counters are never deleted but with their store). */
const knownCounters = new Set<string>();

/**
 * Gives an order written in this transaction (with a provisional number) the store's next
 * order number, and returns it. Two statements: the counter row is locked and read, then ONE
 * update writes the counter and the order together. Like nextOrderNumber, the counter stays
 * locked until the transaction ends (unique numbers) and a rollback gives the number back (no
 * gaps). Call it as late as possible, right before the transaction commits: every order of the
 * store queues on this lock. A store whose counter this process has not seen yet goes through
 * nextOrderNumber once (a locking read of a missing row would take a gap lock, and concurrent
 * creators would deadlock).
 *
 * @throws AppError INTERNAL when the order is missing.
 */
export async function numberOrder(tx: TStoreTx, storeId: string, orderId: string): Promise<number> {
  if (knownCounters.has(storeId)) {
    const rows = await tx.$queryRaw<{ lastNumber: unknown }[]>`SELECT lastNumber FROM OrderCounter WHERE storeId = ${storeId} FOR UPDATE`;
    if (rows.length) {
      const number = Number(rows[0]!.lastNumber) + 1;
      if (!Number.isSafeInteger(number)) throw new AppError("INTERNAL", "The order counter could not be read");
      const affected = await tx.$executeRaw`
        UPDATE OrderCounter c JOIN \`Order\` o ON o.storeId = c.storeId AND o.id = ${orderId}
        SET c.lastNumber = ${number}, o.number = ${number}
        WHERE c.storeId = ${storeId}`;
      if (affected !== 2) throw new AppError("INTERNAL", "The order could not be numbered");
      return number;
    }
    // Created by a transaction that rolled back: take the creating path again.
    knownCounters.delete(storeId);
  }
  const number = await nextOrderNumber(tx, storeId);
  const affected = await tx.$executeRaw`UPDATE \`Order\` SET number = ${number} WHERE storeId = ${storeId} AND id = ${orderId}`;
  if (affected !== 1) throw new AppError("INTERNAL", "The order could not be numbered");
  if (knownCounters.size >= 100_000) knownCounters.clear();
  knownCounters.add(storeId);
  return number;
}
