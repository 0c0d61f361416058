import type { TStoreTx } from "./types";

/**
 * Locks the customer's row for the rest of the transaction, so concurrent address changes of
 * one customer (addresses, tokens) run one after another and their invariants hold. Raw SQL
 * is not seen by the tenant door, so the store is named explicitly. False for an unknown or
 * erased customer of this store.
 */
export async function lockCustomer(tx: TStoreTx, storeId: string, customerId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM Customer WHERE storeId = ${storeId} AND id = ${customerId} AND erasedAt IS NULL FOR UPDATE`;
  return rows.length > 0;
}
