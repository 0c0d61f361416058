import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { expireReservations } from "@/server/orders";
import { cancelExpiredPaymentIntent, reconcileStripePayments, startStripePayment } from "./index";
import { addProduct, connectStore, events, ledgerMismatches, level, makeStore, orderState, placeCardOrder, stock, useFakeStripe, webhookRows } from "./int-test-support";

let fake: Awaited<ReturnType<typeof useFakeStripe>>;
beforeAll(async () => {
  fake = await useFakeStripe();
});
afterAll(async () => {
  await fake.restore();
  await disconnectDb();
});

const MINUTE = 60_000;

async function shop(prefix: string) {
  const store = await makeStore(prefix);
  const account = await connectStore(fake, store.id);
  const { variantId } = await addProduct(store.id, [{ priceMinor: 1000n }]);
  await stock(store.id, variantId, 10);
  const order = async () => {
    const placed = await placeCardOrder(store.id, [{ variantId, quantity: 1 }]);
    const { paymentIntentId } = await startStripePayment(store.id, placed.orderId);
    return { ...placed, paymentIntentId };
  };
  return { store, account, variantId, order };
}

describe("reconcileStripePayments", () => {
  it("settles orders pending over the threshold from their intent's state at Stripe, and leaves the rest", async () => {
    const { store, variantId, order } = await shop("pay-recon");
    const paid = await order();
    const declined = await order();
    const cancelled = await order();
    const open = await order();
    fake.confirmPaymentIntent(paid.paymentIntentId); // webhooks never delivered
    fake.failPaymentIntent(declined.paymentIntentId);
    fake.cancelPaymentIntent(cancelled.paymentIntentId);
    expect(await level(store.id, variantId)).toEqual({ onHand: 10, reserved: 4 });

    // Not old enough yet: nothing happens.
    const early = await reconcileStripePayments({ now: new Date(), limit: 1000 });
    expect(await orderState(store.id, paid.orderId)).toMatchObject({ paymentStatus: "PENDING" });
    expect(early.paid + early.failed).toBe(0);

    const later = new Date(Date.now() + 16 * MINUTE);
    await reconcileStripePayments({ now: later, limit: 1000 });
    expect(await orderState(store.id, paid.orderId)).toMatchObject({ status: "OPEN", paymentStatus: "PAID", payment: { status: "PAID" } });
    expect(await orderState(store.id, declined.orderId)).toMatchObject({ status: "CANCELLED", paymentStatus: "FAILED" });
    expect(await orderState(store.id, cancelled.orderId)).toMatchObject({ status: "CANCELLED", paymentStatus: "FAILED" });
    expect(await orderState(store.id, open.orderId)).toMatchObject({ status: "OPEN", paymentStatus: "PENDING" });
    expect(await level(store.id, variantId)).toEqual({ onHand: 9, reserved: 1 });
    expect(await ledgerMismatches(store.id)).toEqual([]);
    expect(await webhookRows(store.id)).toEqual([]);

    // The late webhook of the reconciled payment changes nothing further.
    const again = await reconcileStripePayments({ now: later, limit: 1000 });
    expect(await orderState(store.id, paid.orderId)).toMatchObject({ paymentStatus: "PAID" });
    expect(await events(store.id, "order.paid")).toHaveLength(1);
    expect(again.errors).toBe(0);
  });

  it("asks Stripe on the store's own connected account", async () => {
    const { account, order } = await shop("pay-recon-acct");
    const { paymentIntentId } = await order();
    await reconcileStripePayments({ now: new Date(Date.now() + 16 * MINUTE), limit: 1000 });
    const reads = fake.requests.filter((r) => r.method === "GET" && r.path === `/v1/payment_intents/${paymentIntentId}`);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.stripeAccount === account.id)).toBe(true);
  });
});

/**
 * Lets this order's reservation lapse and runs the expiry job at the current time (never a
 * future time: the test database is shared with other files' fresh orders).
 */
async function expire(storeId: string, orderId: string) {
  await storeDb(storeId).order.update({ where: { id: orderId }, data: { reservationExpiresAt: new Date(Date.now() - 1000) } });
  return expireReservations({ now: new Date(), limit: 1000 });
}

describe("reservation expiry of a card order", () => {
  it("cancels the PaymentIntent at Stripe, so the shopper cannot pay for released stock", async () => {
    const { store, variantId, order } = await shop("pay-expiry");
    const { orderId, paymentIntentId } = await order();
    const { expired } = await expire(store.id, orderId);
    expect(expired.map((e) => e.orderId)).toContain(orderId);
    const [event] = await storeDb(store.id).outboxEvent.findMany({ where: { type: "order.reservation_expired" } });
    await cancelExpiredPaymentIntent({ id: event!.id, storeId: store.id, type: event!.type, payload: event!.payload as never, attempts: 0, createdAt: event!.createdAt });
    expect(fake.paymentIntents.get(paymentIntentId)).toMatchObject({ status: "canceled", cancellation_reason: "abandoned" });
    expect(await level(store.id, variantId)).toEqual({ onHand: 10, reserved: 0 });
  });

  it("applies the payment at once when the shopper paid just as the reservation expired", async () => {
    const { store, variantId, order } = await shop("pay-expiry-paid");
    const { orderId, paymentIntentId } = await order();
    await expire(store.id, orderId);
    fake.confirmPaymentIntent(paymentIntentId);
    const [event] = await storeDb(store.id).outboxEvent.findMany({ where: { type: "order.reservation_expired" } });
    await cancelExpiredPaymentIntent({ id: event!.id, storeId: store.id, type: event!.type, payload: event!.payload as never, attempts: 0, createdAt: event!.createdAt });
    expect(fake.paymentIntents.get(paymentIntentId)?.status).toBe("succeeded");
    expect(await orderState(store.id, orderId)).toMatchObject({ status: "OPEN", paymentStatus: "PAID" });
    expect(await level(store.id, variantId)).toEqual({ onHand: 9, reserved: 0 });
  });
});
