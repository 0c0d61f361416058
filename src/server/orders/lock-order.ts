import { AppError } from "@/server/errors";
import type { FulfillmentStatus, OrderStatus, PaymentMethod, PaymentStatus } from "@/server/db";
import type { TStoreTx } from "@/server/inventory";

export type TLockedOrder = {
  id: string;
  number: number;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  fulfillmentStatus: FulfillmentStatus;
  paymentMethod: PaymentMethod;
  currency: string;
  totalMinor: bigint;
  customerId: string | null;
  reservationExpiresAt: Date | null;
  cancelReason: string | null;
  updatedAt: Date;
};

type TRow = Omit<TLockedOrder, "number" | "totalMinor"> & { number: unknown; totalMinor: unknown };

const same = (a: TRow, b: TRow) =>
  a.status === b.status && a.paymentStatus === b.paymentStatus && a.fulfillmentStatus === b.fulfillmentStatus && new Date(a.updatedAt).getTime() === new Date(b.updatedAt).getTime();

/**
 * Locks an order's row (FOR UPDATE, by primary key: a record lock, no gaps) and returns it.
 * Every change of an order's state goes through here first, so changes of one order are
 * serialised. It also proves that the transaction's snapshot is not older than the order's
 * last change (the plain read must agree with the locked one): later plain reads of the
 * order's ledger entries and lines are then current. When the snapshot is stale (the caller
 * read something before and the order changed since), it throws CONFLICT: retry the work in a
 * new transaction. Another store's order is NOT_FOUND.
 */
export async function lockOrderForUpdate(tx: TStoreTx, storeId: string, orderId: string): Promise<TLockedOrder> {
  const locked = await tx.$queryRaw<TRow[]>`
    SELECT id, number, status, paymentStatus, fulfillmentStatus, paymentMethod, currency, totalMinor, customerId, reservationExpiresAt, cancelReason, updatedAt
    FROM \`Order\` WHERE storeId = ${storeId} AND id = ${orderId} FOR UPDATE`;
  const row = locked[0];
  if (!row) throw new AppError("NOT_FOUND", "Order not found");
  const seen = await tx.$queryRaw<TRow[]>`
    SELECT id, number, status, paymentStatus, fulfillmentStatus, paymentMethod, currency, totalMinor, customerId, reservationExpiresAt, cancelReason, updatedAt
    FROM \`Order\` WHERE storeId = ${storeId} AND id = ${orderId}`;
  if (!seen[0] || !same(seen[0], row)) throw new AppError("CONFLICT", "The order changed while this change was being made: try again");
  return { ...row, number: Number(row.number), totalMinor: BigInt(String(row.totalMinor)) };
}
