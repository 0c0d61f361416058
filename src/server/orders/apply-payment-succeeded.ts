import type { PaymentMethod } from "@/server/db";
import { AppError } from "@/server/errors";
import { commitReservation, reserveSlots, reserveStock, type TStoreTx } from "@/server/inventory";
import { announceOrderPaid } from "./announce-order-paid";
import { lockOrderForUpdate } from "./lock-order";
import { AWAITING_STATES, PAID_STATES, providerActor, SYSTEM_CANCEL_REASONS } from "./order-states";
import { recordOrderEvent } from "./record-order-event";

export type TPaymentResult = { provider: PaymentMethod; providerRef: string | null; amountMinor: bigint };

/**
 * - paid: the order was waiting and is now PAID;
 * - already_paid: nothing to do (a repeated or late event);
 * - reinstated: the order had been cancelled by the system (reservation expired, payment
 *   failed) and its stock could be reserved again: it is open and PAID;
 * - paid_after_cancel: cancelled and the stock is gone (or staff cancelled it): payment
 *   recorded as PAID, the order stays cancelled, and the timeline says a refund is due;
 * - amount_mismatch: the amount differs from the order's total: nothing marked paid, the
 *   timeline says so.
 */
export type TPaymentSucceededOutcome = "paid" | "already_paid" | "reinstated" | "paid_after_cancel" | "amount_mismatch";

async function reserveAgain(tx: TStoreTx, storeId: string, orderId: string, provider: string): Promise<boolean> {
  const lines = await tx.orderLine.findMany({ where: { storeId, orderId }, select: { variantId: true, slotId: true, quantity: true, title: true, productType: true } });
  const stock = lines.filter((l) => l.variantId && l.productType !== "SERVICE").map((l) => ({ variantId: l.variantId!, quantity: l.quantity, label: l.title }));
  const slots = lines.filter((l) => l.slotId).map((l) => ({ slotId: l.slotId!, quantity: l.quantity, label: l.title }));
  await tx.$executeRawUnsafe("SAVEPOINT reinstate_order");
  try {
    const reserved = await reserveStock(tx, storeId, stock, { orderId, actor: providerActor(provider) });
    const booked = reserved.ok ? await reserveSlots(tx, storeId, slots) : { ok: false };
    if (reserved.ok && booked.ok) {
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT reinstate_order");
      return true;
    }
  } catch (error) {
    // A variant or slot deleted since the order was placed cannot be reserved again.
    if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
  }
  await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT reinstate_order");
  await tx.$executeRawUnsafe("RELEASE SAVEPOINT reinstate_order");
  return false;
}

/**
 * Applies a provider's "payment succeeded" to an order inside the caller's (webhook)
 * transaction: under the order's row lock, a waiting order becomes PAID (paidAt, reservation
 * committed as SALE, the payment row PAID, a `paid` timeline entry, `order.paid` and the
 * shopper's "payment received" mail). Harmless when
 * repeated or when the order is already in a later state (see TPaymentSucceededOutcome). A
 * late payment for an order the system cancelled reserves its stock again when it can.
 * Another store's order is NOT_FOUND; a stale snapshot is CONFLICT (retry).
 */
export async function applyPaymentSucceeded(tx: TStoreTx, storeId: string, orderId: string, payment: TPaymentResult): Promise<TPaymentSucceededOutcome> {
  const order = await lockOrderForUpdate(tx, storeId, orderId);
  const actor = providerActor(payment.provider);
  const ref = payment.providerRef ? { providerRef: payment.providerRef } : { provider: payment.provider };
  if (PAID_STATES.includes(order.paymentStatus)) return "already_paid";
  if (payment.amountMinor !== order.totalMinor) {
    await recordOrderEvent(tx, storeId, order.id, {
      kind: "payment_mismatch",
      message: `A payment of a different amount than the order's total was reported by ${payment.provider}: check it before fulfilling`,
      actor,
      data: { amountMinor: payment.amountMinor.toString(), totalMinor: order.totalMinor.toString(), providerRef: payment.providerRef },
    });
    return "amount_mismatch";
  }
  await tx.payment.updateMany({ where: { storeId, orderId: order.id, ...ref, status: { notIn: [...PAID_STATES] } }, data: { status: "PAID" } });
  const now = new Date();

  if (order.status === "OPEN" && AWAITING_STATES.includes(order.paymentStatus)) {
    await tx.order.update({ where: { id: order.id }, data: { paymentStatus: "PAID", paidAt: now, reservationExpiresAt: null } });
    await commitReservation(tx, storeId, order.id, actor);
    await recordOrderEvent(tx, storeId, order.id, { kind: "paid", message: `Payment received (${payment.provider})`, actor, data: { providerRef: payment.providerRef } });
    await announceOrderPaid(tx, storeId, order.id, { method: payment.provider });
    return "paid";
  }

  if (order.status === "CANCELLED" && SYSTEM_CANCEL_REASONS.includes(order.cancelReason ?? "") && (await reserveAgain(tx, storeId, order.id, payment.provider))) {
    await tx.order.update({ where: { id: order.id }, data: { status: "OPEN", paymentStatus: "PAID", paidAt: now, cancelledAt: null, cancelReason: null, reservationExpiresAt: null } });
    await commitReservation(tx, storeId, order.id, actor);
    await recordOrderEvent(tx, storeId, order.id, {
      kind: "paid",
      message: `Payment received (${payment.provider}) after the order had been cancelled; its stock was reserved again and the order reopened`,
      actor,
      data: { providerRef: payment.providerRef, reinstated: true },
    });
    await announceOrderPaid(tx, storeId, order.id, { method: payment.provider, reinstated: true });
    return "reinstated";
  }

  await tx.order.update({ where: { id: order.id }, data: { paymentStatus: "PAID", paidAt: now } });
  await recordOrderEvent(tx, storeId, order.id, {
    kind: "payment_after_cancel",
    message: `Payment received (${payment.provider}) for a cancelled order whose items are no longer reserved: refund it`,
    actor,
    data: { providerRef: payment.providerRef },
  });
  return "paid_after_cancel";
}
