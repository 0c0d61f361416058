import { daysBefore, deleteInBatches, unsafeCrossStoreDb, type TokenPurpose, type TPruneOptions } from "@/server/db";
import { EXPIRED_TOKEN_KEEP_DAYS, hashToken, newToken } from "@/server/identity/tokens";
import { lockCustomer } from "./lock-customer";
import type { TStoreTx } from "./types";

/** Emailed customer tokens (verification, password reset) live one hour and work once. */
export const CUSTOMER_TOKEN_TTL_MS = 60 * 60 * 1000;

/**
 * Marks the customer's unused tokens of `purpose` used. They are read first and updated by
 * primary key: a range update on the (storeId, customerId) index would take gap locks there,
 * and two customers' token inserts into the same gap would then deadlock.
 */
export async function retireCustomerTokens(tx: TStoreTx, storeId: string, customerId: string, purpose: TokenPurpose): Promise<void> {
  const open = await tx.customerToken.findMany({ where: { storeId, customerId, purpose, usedAt: null }, select: { id: true } });
  if (open.length) await tx.customerToken.updateMany({ where: { storeId, id: { in: open.map((t) => t.id) } }, data: { usedAt: new Date() } });
}

/**
 * Creates a token for the customer inside `tx` and returns the secret (only its hash is
 * stored). Earlier unused tokens of the same purpose are retired, so only the newest link
 * works; the customer's row is locked so two issues for one customer run one after another.
 */
export async function issueCustomerToken(tx: TStoreTx, storeId: string, customerId: string, purpose: TokenPurpose): Promise<string> {
  await lockCustomer(tx, storeId, customerId);
  await retireCustomerTokens(tx, storeId, customerId, purpose);
  const { token, hash } = newToken();
  await tx.customerToken.create({
    data: { storeId, customerId, purpose, tokenHash: hash, expiresAt: new Date(Date.now() + CUSTOMER_TOKEN_TTL_MS) },
  });
  return token;
}

/**
 * Uses a token: the customer it belongs to when it exists in this store, has this purpose, is
 * unexpired and unused, otherwise null. Marking it used is conditional on it still being
 * unused, so two concurrent uses cannot both succeed.
 */
export async function consumeCustomerToken(tx: TStoreTx, storeId: string, token: string, purpose: TokenPurpose): Promise<string | null> {
  const now = new Date();
  const row = await tx.customerToken.findFirst({
    where: { storeId, tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    select: { id: true, customerId: true },
  });
  if (!row) return null;
  const { count } = await tx.customerToken.updateMany({ where: { storeId, id: row.id, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? row.customerId : null;
}

/**
 * Deletes customer tokens of every store that expired before `before` (default:
 * EXPIRED_TOKEN_KEEP_DAYS ago). Crosses stores on purpose: the housekeeping job applies one rule
 * by expiry to all of them, reads nothing and returns only a count.
 */
export async function pruneCustomerTokens(options: TPruneOptions = {}): Promise<number> {
  const before = options.before ?? daysBefore(EXPIRED_TOKEN_KEEP_DAYS);
  return deleteInBatches((limit) => unsafeCrossStoreDb().$executeRaw`DELETE FROM CustomerToken WHERE expiresAt < ${before} ORDER BY expiresAt LIMIT ${limit}`, options);
}
