import { storeDb, unsafeCrossStoreDb } from "@/server/db";
import { enqueueEvent } from "@/server/events";
import { INVENTORY_TX_OPTIONS, releaseReservation } from "@/server/inventory";
import { lockOrderForUpdate } from "./lock-order";
import { RESERVATION_EXPIRED_REASON } from "./order-states";
import { recordOrderEvent } from "./record-order-event";

export type TExpireOptions = { now?: Date; limit?: number };
export type TExpireResult = { expired: { storeId: string; orderId: string; number: number }[] };

const SYSTEM = { actorType: "system", actorId: "reservation-expiry" } as const;

/**
 * Cancels unpaid orders whose reservation lapsed (reservationExpiresAt <= now, still OPEN and
 * payment PENDING; COD orders have no expiry): the reservation is released (RELEASE entries,
 * slot seats back), the order CANCELLED with payment VOIDED and the reason, a
 * `reservation_expired` timeline entry and `order.reservation_expired` (a payments handler
 * can cancel the PaymentIntent), one transaction per order. Safe to run from several workers
 * at once: each order is claimed with FOR UPDATE SKIP LOCKED and its state rechecked under
 * the lock, so it is expired exactly once. A payment that still arrives later goes through
 * applyPaymentSucceeded, which reopens the order when the stock is still there.
 */
export async function expireReservations(options: TExpireOptions = {}): Promise<TExpireResult> {
  const now = options.now ?? new Date();
  const limit = Math.max(1, Math.min(options.limit ?? 100, 1000));
  // Crosses stores: the job looks for lapsed reservations everywhere (Order_reservationExpiresAt_idx);
  // each order is then changed through its own store's door.
  const candidates = await unsafeCrossStoreDb().$queryRaw<{ id: string; storeId: string }[]>`
    SELECT id, storeId FROM \`Order\`
    WHERE reservationExpiresAt <= ${now} AND status = 'OPEN' AND paymentStatus = 'PENDING'
    ORDER BY reservationExpiresAt LIMIT ${limit}`;
  const expired: TExpireResult["expired"] = [];
  for (const candidate of candidates) {
    const done = await storeDb(candidate.storeId).$transaction(async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM \`Order\`
        WHERE storeId = ${candidate.storeId} AND id = ${candidate.id}
          AND status = 'OPEN' AND paymentStatus = 'PENDING' AND reservationExpiresAt <= ${now}
        FOR UPDATE SKIP LOCKED`;
      if (!claimed.length) return null;
      const order = await lockOrderForUpdate(tx, candidate.storeId, candidate.id);
      await releaseReservation(tx, candidate.storeId, order.id, "RELEASE", SYSTEM);
      await tx.order.update({
        where: { id: order.id },
        data: { status: "CANCELLED", paymentStatus: "VOIDED", cancelledAt: now, cancelReason: RESERVATION_EXPIRED_REASON, reservationExpiresAt: null },
      });
      await tx.payment.updateMany({ where: { storeId: candidate.storeId, orderId: order.id, status: "PENDING" }, data: { status: "VOIDED" } });
      await recordOrderEvent(tx, candidate.storeId, order.id, {
        kind: "reservation_expired",
        message: "Not paid in time: the order was cancelled and its items released",
        actor: SYSTEM,
        data: { expiredAt: order.reservationExpiresAt?.toISOString() ?? null },
      });
      await enqueueEvent(tx, {
        type: "order.reservation_expired",
        storeId: candidate.storeId,
        payload: { orderId: order.id, number: order.number, method: order.paymentMethod },
      });
      return { storeId: candidate.storeId, orderId: order.id, number: order.number };
    }, INVENTORY_TX_OPTIONS);
    if (done) expired.push(done);
  }
  return { expired };
}
