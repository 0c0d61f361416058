import { enqueueEvent } from "@/server/events";
import { releaseReservation, type TStoreTx } from "@/server/inventory";
import { lockOrderForUpdate } from "./lock-order";
import { AWAITING_STATES, PAID_STATES, PAYMENT_FAILED_REASON, providerActor } from "./order-states";
import { recordOrderEvent } from "./record-order-event";
import type { TPaymentResult } from "./apply-payment-succeeded";

/**
 * - failed: the waiting order is now FAILED and CANCELLED, its stock and slots given back;
 * - already_paid: a success was applied before (an older failure arriving late): nothing;
 * - already_closed: the order was already cancelled or closed: nothing.
 */
export type TPaymentFailedOutcome = "failed" | "already_paid" | "already_closed";

/**
 * Applies a provider's "payment failed" to an order inside the caller's (webhook)
 * transaction: under the order's row lock, a waiting order releases its reservation (RELEASE
 * entries, slot seats back), becomes payment FAILED and order CANCELLED (reason "Payment
 * failed"), with a `payment_failed` timeline entry and `order.payment_failed`. The payment row
 * (by providerRef) becomes FAILED unless it was paid. Harmless when repeated or when the order
 * is already in a later state. If the shopper then pays after all (Stripe lets them retry),
 * applyPaymentSucceeded reopens the order when the stock is still there. Another store's
 * order is NOT_FOUND; a stale snapshot is CONFLICT (retry).
 */
export async function applyPaymentFailed(tx: TStoreTx, storeId: string, orderId: string, payment: TPaymentResult & { reason?: string | null }): Promise<TPaymentFailedOutcome> {
  const order = await lockOrderForUpdate(tx, storeId, orderId);
  const ref = payment.providerRef ? { providerRef: payment.providerRef } : { provider: payment.provider };
  await tx.payment.updateMany({ where: { storeId, orderId: order.id, ...ref, status: { in: [...AWAITING_STATES] } }, data: { status: "FAILED" } });
  if (PAID_STATES.includes(order.paymentStatus)) return "already_paid";
  if (order.status !== "OPEN" || !AWAITING_STATES.includes(order.paymentStatus)) return "already_closed";
  const actor = providerActor(payment.provider);
  await releaseReservation(tx, storeId, order.id, "RELEASE", actor);
  await tx.order.update({
    where: { id: order.id },
    data: { paymentStatus: "FAILED", status: "CANCELLED", cancelledAt: new Date(), cancelReason: PAYMENT_FAILED_REASON, reservationExpiresAt: null },
  });
  await recordOrderEvent(tx, storeId, order.id, {
    kind: "payment_failed",
    message: `Payment failed (${payment.provider}); the order was cancelled and its items released`,
    actor,
    data: { providerRef: payment.providerRef, ...(payment.reason ? { reason: payment.reason.slice(0, 200) } : {}) },
  });
  await enqueueEvent(tx, { type: "order.payment_failed", storeId, payload: { orderId: order.id, number: order.number, method: payment.provider } });
  return "failed";
}
