import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { adjustStock } from "@/server/inventory";
import { applyPaymentFailed, applyPaymentSucceeded, getOrderForStaff, markOrderPaid, PAYMENT_FAILED_REASON } from "./index";
import { addProduct, addServiceSlot, events, failure, ledgerMismatches, level, makeStore, makeUser, placeTestOrder } from "./int-test-support";

let store: { id: string };
let staff: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  store = await makeStore("ord-pay");
  staff = await makeUser();
});
afterAll(disconnectDb);

async function stocked(quantity: number) {
  const { variantId } = await addProduct(store.id);
  await adjustStock(store.id, staff, { variantId, quantity, reason: "Received" });
  return variantId;
}

const succeeded = (orderId: string, providerRef: string, amountMinor = 2000n) =>
  storeDb(store.id).$transaction((tx) => applyPaymentSucceeded(tx, store.id, orderId, { provider: "STRIPE", providerRef, amountMinor }));
const failed = (orderId: string, providerRef: string) =>
  storeDb(store.id).$transaction((tx) => applyPaymentFailed(tx, store.id, orderId, { provider: "STRIPE", providerRef, amountMinor: 2000n, reason: "card_declined" }));
const orderEvents = async (type: string, orderId: string) => (await events(store.id, type)).filter((e) => (e.payload as { orderId?: string }).orderId === orderId);

describe("marking a cash-on-delivery order paid", () => {
  it("commits the reservation, records who and when, and refuses a second time", async () => {
    const variantId = await stocked(5);
    const { orderId, number } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 2 }] });
    expect(await level(store.id, variantId)).toEqual({ onHand: 5, reserved: 2 });

    const detail = await markOrderPaid(store.id, orderId, staff);
    expect(detail.paymentStatus).toBe("PAID");
    expect(detail.paidByUserId).toBe(staff.userId);
    expect(detail.paidAt).toBeInstanceOf(Date);
    expect(detail.payments.map((p) => [p.provider, p.status])).toEqual([["COD", "PAID"]]);
    expect(detail.timeline.map((e) => e.kind)).toEqual(["placed", "paid"]);
    expect(await level(store.id, variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect((await orderEvents("order.paid", orderId)).map((e) => e.payload)).toEqual([{ orderId, number, method: "COD" }]);

    const again = await failure(markOrderPaid(store.id, orderId, staff));
    expect(again.code).toBe("CONFLICT");
    expect(await level(store.id, variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await orderEvents("order.paid", orderId)).toHaveLength(1);
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("refuses Stripe orders (the webhook pays them) and unknown orders", async () => {
    const variantId = await stocked(1);
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE" });
    expect((await failure(markOrderPaid(store.id, orderId, staff))).code).toBe("CONFLICT");
    expect((await failure(markOrderPaid(store.id, "cnotanorder0000000000000", staff))).code).toBe("NOT_FOUND");
    expect((await getOrderForStaff(store.id, orderId)).paymentStatus).toBe("PENDING");
  });

  it("two staff marking the same order paid at once: one wins, the other is a conflict, stock moves once", async () => {
    const variantId = await stocked(4);
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 3 }] });
    const results = await Promise.allSettled([markOrderPaid(store.id, orderId, staff), markOrderPaid(store.id, orderId, staff)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await level(store.id, variantId)).toEqual({ onHand: 1, reserved: 0 });
  });
});

describe("payment results from a provider", () => {
  it("a success applied three times pays once", async () => {
    const variantId = await stocked(3);
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 2 }], method: "STRIPE", providerRef: `pi_once_${variantId}` });
    expect(await succeeded(orderId, `pi_once_${variantId}`)).toBe("paid");
    expect(await succeeded(orderId, `pi_once_${variantId}`)).toBe("already_paid");
    expect(await succeeded(orderId, `pi_once_${variantId}`)).toBe("already_paid");
    expect(await level(store.id, variantId)).toEqual({ onHand: 1, reserved: 0 });
    const order = await getOrderForStaff(store.id, orderId);
    expect([order.paymentStatus, order.reservationExpiresAt, order.payments[0]?.status]).toEqual(["PAID", null, "PAID"]);
    expect(await orderEvents("order.paid", orderId)).toHaveLength(1);
    // A failure arriving after the success changes nothing.
    expect(await failed(orderId, `pi_once_${variantId}`)).toBe("already_paid");
    expect((await getOrderForStaff(store.id, orderId)).status).toBe("OPEN");
  });

  it("a failure releases stock and slot seats and cancels; repeated it changes nothing", async () => {
    const variantId = await stocked(3);
    const { variantId: serviceVariant, slotId } = await addServiceSlot(store.id, 4);
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 2 }, { variantId: serviceVariant, slotId, quantity: 2 }], method: "STRIPE", providerRef: `pi_fail_${variantId}` });
    expect((await storeDb(store.id).serviceSlot.findFirstOrThrow({ where: { storeId: store.id, id: slotId } })).booked).toBe(2);
    expect(await failed(orderId, `pi_fail_${variantId}`)).toBe("failed");
    expect(await failed(orderId, `pi_fail_${variantId}`)).toBe("already_closed");
    expect(await level(store.id, variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect((await storeDb(store.id).serviceSlot.findFirstOrThrow({ where: { storeId: store.id, id: slotId } })).booked).toBe(0);
    const order = await getOrderForStaff(store.id, orderId);
    expect([order.status, order.paymentStatus, order.cancelReason, order.payments[0]?.status]).toEqual(["CANCELLED", "FAILED", PAYMENT_FAILED_REASON, "FAILED"]);
    expect(await orderEvents("order.payment_failed", orderId)).toHaveLength(1);
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("a success after a failure reopens the order when the stock is still there", async () => {
    const variantId = await stocked(2);
    const ref = `pi_retry_${variantId}`;
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 2 }], method: "STRIPE", providerRef: ref });
    await failed(orderId, ref);
    expect(await succeeded(orderId, ref)).toBe("reinstated");
    const order = await getOrderForStaff(store.id, orderId);
    expect([order.status, order.paymentStatus, order.cancelledAt]).toEqual(["OPEN", "PAID", null]);
    expect(await level(store.id, variantId)).toEqual({ onHand: 0, reserved: 0 });
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("a success after a failure, when the stock is gone, records the payment and asks for a refund", async () => {
    const variantId = await stocked(1);
    const ref = `pi_gone_${variantId}`;
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE", providerRef: ref });
    await failed(orderId, ref);
    await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }] });
    expect(await succeeded(orderId, ref, 1000n)).toBe("paid_after_cancel");
    const order = await getOrderForStaff(store.id, orderId);
    expect([order.status, order.paymentStatus]).toEqual(["CANCELLED", "PAID"]);
    expect(order.timeline.at(-1)?.kind).toBe("payment_after_cancel");
    expect(await level(store.id, variantId)).toEqual({ onHand: 1, reserved: 1 });
    expect(await orderEvents("order.paid", orderId)).toHaveLength(0);
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("a success for a different amount marks nothing paid", async () => {
    const variantId = await stocked(1);
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE", providerRef: `pi_amt_${variantId}` });
    expect(await succeeded(orderId, `pi_amt_${variantId}`, 1n)).toBe("amount_mismatch");
    const order = await getOrderForStaff(store.id, orderId);
    expect([order.paymentStatus, order.timeline.at(-1)?.kind]).toEqual(["PENDING", "payment_mismatch"]);
    expect(await level(store.id, variantId)).toEqual({ onHand: 1, reserved: 1 });
  });
});
