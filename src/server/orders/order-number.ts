import { asSql, storeDb, type TSql, type TSqlCapable } from "@/server/db";
import { AppError } from "@/server/errors";

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
async function createOrIncrement(tx: TSql, storeId: string): Promise<void> {
  const lock = `ecom_order_counter:${storeId}`;
  const [got] = await tx.query<{ got: unknown }>("SELECT GET_LOCK(?, 30) AS got", [lock]);
  if (Number(got?.got) !== 1) throw new AppError("CONFLICT", "Too many orders at once: try again");
  try {
    await tx.execute("INSERT INTO OrderCounter (storeId, lastNumber) VALUES (?, ?) ON DUPLICATE KEY UPDATE lastNumber = lastNumber + 1", [storeId, FIRST_ORDER_NUMBER]);
  } finally {
    await tx.query("SELECT RELEASE_LOCK(?)", [lock]);
  }
}

const counterValue = (value: unknown): number => {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new AppError("INTERNAL", "The order counter could not be read");
  return number;
};

/**
 * The store's next order number (1001, 1002, ...), taken inside the order's transaction: the
 * increment of the store's OrderCounter row holds that row's lock until the transaction ends,
 * so numbers are unique, and a rolled-back order gives its number back: no gaps. The existence
 * check is a plain read and the increment locks the one existing row only (no gap locks). A
 * store without a counter gets one here (lazily; see createOrIncrement).
 */
export async function nextOrderNumber(db: TSqlCapable, storeId: string): Promise<number> {
  return (await numberFromCounter(asSql(db), storeId)).number;
}

/** nextOrderNumber, and whether the counter row was there before (committed by someone, so it stays). */
async function numberFromCounter(tx: TSql, storeId: string): Promise<{ number: number; existed: boolean }> {
  const existing = await tx.query<{ one: unknown }>("SELECT 1 AS one FROM OrderCounter WHERE storeId = ?", [storeId]);
  const incremented = existing.length ? await tx.execute("UPDATE OrderCounter SET lastNumber = lastNumber + 1 WHERE storeId = ?", [storeId]) : 0;
  if (incremented !== 1) await createOrIncrement(tx, storeId);
  const rows = await tx.query<{ lastNumber: unknown }>("SELECT lastNumber FROM OrderCounter WHERE storeId = ?", [storeId]);
  return { number: counterValue(rows[0]?.lastNumber), existed: incremented === 1 };
}

/**
 * Stores whose counter row this process has seen committed (counters are never deleted but
 * with their store). A row this transaction created is not remembered: it may yet roll back.
 */
const knownCounters = new Set<string>();

/**
 * Takes the store's next order number inside the order's transaction, like nextOrderNumber,
 * in ONE round trip when this process knows the store's counter: the increment (which locks
 * the counter row until the transaction ends: unique numbers; a rollback gives the number back:
 * no gaps) and the read of the new value are issued together. Every order of the store queues
 * on this lock, so take it late in the transaction. A store whose counter this process does
 * not know yet goes through nextOrderNumber (a locking statement on a missing row would take
 * a gap lock, and concurrent creators would deadlock).
 */
export async function takeOrderNumber(db: TSqlCapable, storeId: string): Promise<number> {
  const tx = asSql(db);
  if (knownCounters.has(storeId)) {
    const [incremented, [taken]] = await Promise.all([
      tx.execute("UPDATE OrderCounter SET lastNumber = LAST_INSERT_ID(lastNumber + 1) WHERE storeId = ?", [storeId]),
      tx.query<{ taken: unknown }>("SELECT LAST_INSERT_ID() AS taken"),
    ]);
    if (incremented === 1) return counterValue(taken?.taken);
    // Gone with its store meanwhile: take the general path (which answers for a missing store).
    knownCounters.delete(storeId);
  }
  const { number, existed } = await numberFromCounter(tx, storeId);
  if (existed) {
    if (knownCounters.size >= 100_000) knownCounters.clear();
    knownCounters.add(storeId);
  }
  return number;
}

/**
 * takeOrderNumber, with `then` (the transaction's next statements, e.g. its stock updates)
 * issued right behind it: in the same round trip when this process knows the store's counter,
 * where the increment is the first locking statement of the batch; after the number
 * otherwise. Either way whatever `then` locks is locked after the counter, the order every
 * checkout keeps (no deadlocks between them).
 */
export async function takeOrderNumberThen<T>(db: TSqlCapable, storeId: string, then: () => Promise<T>): Promise<[number, T]> {
  if (knownCounters.has(storeId)) return Promise.all([takeOrderNumber(db, storeId), then()]);
  const number = await takeOrderNumber(db, storeId);
  return [number, await then()];
}
