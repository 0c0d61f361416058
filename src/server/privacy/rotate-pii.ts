import "server-only";
import { env } from "@/env";
import { unsafeCrossStoreDb } from "@/server/db";
import { decryptText, encryptText, encryptedKeyId, PII_CONTEXT } from "./crypto";

export type TPiiColumn = (typeof PII_CONTEXT)[keyof typeof PII_CONTEXT];

export type TRotateCounts = {
  /** Non-null values looked at. */
  examined: number;
  /** Re-encrypted under the active key. */
  rotated: number;
  /** Already under the active key: left alone. */
  current: number;
  /** Changed by someone else between read and write: left alone (the writer used the active key). */
  changedConcurrently: number;
  /** Not in the encrypted format at all: left alone and reported (ids in the log). */
  unencrypted: number;
  /** Named a key that is not configured, or failed authentication: left alone and reported. */
  failed: number;
};

export type TRotatePiiResult = Record<TPiiColumn, TRotateCounts>;

export type TRotatePiiOptions = {
  /** Rows read per query (default 500). */
  batchSize?: number;
  /** Progress and problems; receives row ids and key ids, never personal data. */
  log?: (message: string) => void;
  /** Only these stores (a staged rotation, or tests sharing a database); default every store. */
  storeIds?: readonly string[];
};

const emptyCounts = (): TRotateCounts => ({ examined: 0, rotated: 0, current: 0, changedConcurrently: 0, unencrypted: 0, failed: 0 });

/** Walks a table in id order, `batchSize` rows per page, handing each row to `handle`. */
async function eachBatch<T extends { id: string }>(page: (cursor: string | undefined) => Promise<T[]>, batchSize: number, handle: (row: T) => Promise<void>): Promise<void> {
  for (let cursor: string | undefined; ; ) {
    const rows = await page(cursor);
    for (const row of rows) await handle(row);
    if (rows.length < batchSize) return;
    cursor = rows[rows.length - 1]!.id;
  }
}

/**
 * Moves one value to the active key. `write` must update the row only if the column still
 * holds `value` and resolve to the number of rows changed.
 */
async function rotateValue(
  counts: TRotateCounts,
  column: TPiiColumn,
  id: string,
  value: string | null,
  write: (next: string) => Promise<number>,
  log: (message: string) => void,
): Promise<void> {
  if (value === null) return;
  counts.examined += 1;
  const keyId = encryptedKeyId(value);
  if (keyId === null) {
    counts.unencrypted += 1;
    log(`${column} of ${id} is not encrypted; left unchanged`);
    return;
  }
  if (keyId === env().piiKeys.activeKeyId) {
    counts.current += 1;
    return;
  }
  let next: string;
  try {
    next = encryptText(decryptText(value, column), column);
  } catch (error) {
    counts.failed += 1;
    log(`${column} of ${id} (key "${keyId}") cannot be decrypted: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if ((await write(next)) === 1) counts.rotated += 1;
  else counts.changedConcurrently += 1;
}

/**
 * Re-encrypts every Customer.name, Customer.phone, CustomerAddress.data and Order.shippingAddress that is not under
 * the active key (`PII_ACTIVE_KEY_ID`), so that an old key can then be removed from
 * PII_ENCRYPTION_KEYS. Walks each table in id order, `batchSize` rows at a time.
 *
 * Invariants: a row is written only if the column still holds the value that was read
 * (optimistic `updateMany where { id, column: old }`), so a concurrent edit is never
 * overwritten; `updatedAt` is kept, since the personal data itself did not change; values
 * that cannot be decrypted or are not encrypted are counted and left as they are. Idempotent:
 * a second run finds everything `current`. Safe to run while the application serves traffic.
 */
export async function rotatePii(options: TRotatePiiOptions = {}): Promise<TRotatePiiResult> {
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError("rotatePii: batchSize must be a positive integer");
  const log = options.log ?? (() => {});
  const stores = options.storeIds ? { storeId: { in: [...options.storeIds] } } : {};
  // Key rotation is a platform operation over every store's rows: it must cross stores, and
  // it only re-encrypts values in place, so no data moves between stores.
  const db = unsafeCrossStoreDb();
  const result: TRotatePiiResult = {
    [PII_CONTEXT.customerName]: emptyCounts(),
    [PII_CONTEXT.customerPhone]: emptyCounts(),
    [PII_CONTEXT.customerAddress]: emptyCounts(),
    [PII_CONTEXT.orderShippingAddress]: emptyCounts(),
  };

  await eachBatch(
    (cursor) =>
      db.customer.findMany({
        where: { ...stores, ...(cursor === undefined ? {} : { id: { gt: cursor } }) },
        orderBy: { id: "asc" },
        take: batchSize,
        select: { id: true, name: true, phone: true, updatedAt: true },
      }),
    batchSize,
    async ({ id, name, phone, updatedAt }) => {
      await rotateValue(result[PII_CONTEXT.customerName], PII_CONTEXT.customerName, id, name, async (next) =>
        (await db.customer.updateMany({ where: { id, name }, data: { name: next, updatedAt } })).count, log);
      await rotateValue(result[PII_CONTEXT.customerPhone], PII_CONTEXT.customerPhone, id, phone, async (next) =>
        (await db.customer.updateMany({ where: { id, phone }, data: { phone: next, updatedAt } })).count, log);
    },
  );
  log(`Customer: ${JSON.stringify({ name: result[PII_CONTEXT.customerName], phone: result[PII_CONTEXT.customerPhone] })}`);

  await eachBatch(
    (cursor) =>
      db.customerAddress.findMany({
        where: { ...stores, ...(cursor === undefined ? {} : { id: { gt: cursor } }) },
        orderBy: { id: "asc" },
        take: batchSize,
        select: { id: true, data: true, updatedAt: true },
      }),
    batchSize,
    ({ id, data, updatedAt }) =>
      rotateValue(result[PII_CONTEXT.customerAddress], PII_CONTEXT.customerAddress, id, data, async (next) =>
        (await db.customerAddress.updateMany({ where: { id, data }, data: { data: next, updatedAt } })).count, log),
  );
  log(`CustomerAddress: ${JSON.stringify({ data: result[PII_CONTEXT.customerAddress] })}`);

  await eachBatch(
    (cursor) =>
      db.order.findMany({
        where: { ...stores, shippingAddress: { not: null }, ...(cursor === undefined ? {} : { id: { gt: cursor } }) },
        orderBy: { id: "asc" },
        take: batchSize,
        select: { id: true, shippingAddress: true, updatedAt: true },
      }),
    batchSize,
    ({ id, shippingAddress, updatedAt }) =>
      rotateValue(result[PII_CONTEXT.orderShippingAddress], PII_CONTEXT.orderShippingAddress, id, shippingAddress, async (next) =>
        (await db.order.updateMany({ where: { id, shippingAddress }, data: { shippingAddress: next, updatedAt } })).count, log),
  );
  log(`Order: ${JSON.stringify({ shippingAddress: result[PII_CONTEXT.orderShippingAddress] })}`);

  return result;
}
