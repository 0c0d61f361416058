import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { commitReservation, INVENTORY_TX_OPTIONS } from "@/server/inventory";
import { announceOrderPaid } from "./announce-order-paid";
import { lockOrderForUpdate } from "./lock-order";
import { getOrderForStaff } from "./get-order-for-staff";
import { recordOrderEvent } from "./record-order-event";
import type { TOrderDetail } from "./order-view";

/** Staff who mark orders paid: a dashboard user or an API key (TAdminApiContext["actor"] fits). */
export type TOrderStaffActor = { kind: "user"; userId: string } | { kind: "api_key"; keyId: string };

const conflict = (message: string) => new AppError("CONFLICT", message);

/**
 * Records that a cash-on-delivery / bank-transfer order has been paid (callers check
 * orders:write): payment status PAID, paidAt now and paidByUserId (the user; an API key is
 * named in the timeline and audit), the order's COD payment PAID (created when the checkout
 * made none), the reservation committed (SALE), a `paid` timeline entry, the audit entry,
 * `order.paid` and the shopper's "payment received" mail, in one transaction under the order's
 * row lock. An order already paid, a
 * cancelled order, or a Stripe order (paid only by Stripe's webhook) is CONFLICT (409);
 * another store's order is NOT_FOUND (404).
 */
export async function markOrderPaid(storeId: string, orderId: string, actor: TOrderStaffActor, context: { ip?: string | null; userAgent?: string | null } = {}): Promise<TOrderDetail> {
  await storeDb(storeId).$transaction(async (tx) => {
    const order = await lockOrderForUpdate(tx, storeId, orderId);
    if (order.paymentStatus === "PAID" || order.paymentStatus === "PARTIALLY_REFUNDED" || order.paymentStatus === "REFUNDED") throw conflict("This order is already paid");
    if (order.status === "CANCELLED") throw conflict("This order is cancelled: it cannot be marked paid");
    if (order.paymentMethod !== "COD") throw conflict("Card payments are confirmed by Stripe, not marked paid by hand");
    const now = new Date();
    await tx.order.update({
      where: { id: order.id },
      data: { paymentStatus: "PAID", paidAt: now, paidByUserId: actor.kind === "user" ? actor.userId : null, reservationExpiresAt: null },
    });
    const cod = await tx.payment.updateMany({ where: { storeId, orderId: order.id, provider: "COD", status: { in: ["PENDING", "AUTHORIZED"] } }, data: { status: "PAID" } });
    if (cod.count === 0) {
      await tx.payment.create({
        data: { storeId, orderId: order.id, provider: "COD", status: "PAID", amountMinor: order.totalMinor, currency: order.currency, idempotencyKey: `cod:${order.id}:paid` },
      });
    }
    await commitReservation(tx, storeId, order.id, actor);
    await recordOrderEvent(tx, storeId, order.id, { kind: "paid", message: "Payment received (marked paid by staff)", actor, data: { method: "COD" } });
    await recordAudit(
      {
        storeId,
        ...(actor.kind === "user" ? { actorType: "platform_user" as const, actorId: actor.userId } : { actorType: "api_key" as const, actorId: actor.keyId }),
        ip: context.ip ?? null,
        userAgent: context.userAgent ?? null,
        action: "order.marked_paid",
        targetType: "order",
        targetId: order.id,
        data: { number: order.number },
      },
      tx,
    );
    await announceOrderPaid(tx, storeId, order.id, { method: "COD" });
  }, INVENTORY_TX_OPTIONS);
  return getOrderForStaff(storeId, orderId);
}
