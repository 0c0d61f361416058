import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { adjustStock } from "@/server/inventory";
import {
  applyPaymentFailed,
  applyPaymentSucceeded,
  getCustomerOrder,
  getOrderByToken,
  getOrderForStaff,
  listCustomerOrders,
  listOrders,
  listUpcomingBookings,
  markOrderPaid,
} from "./index";
import { addProduct, addServiceSlot, failure, level, makeStore, makeUser, placeTestOrder, runId } from "./int-test-support";

/** Store A (the attacker) holds store B's (the victim's) order ids and tokens and tries every order operation with them. */
let a: { id: string };
let b: { id: string };
let staff: Awaited<ReturnType<typeof makeUser>>;
let victim: { orderId: string; number: number; token: string; variantId: string; customerId: string; stripeOrderId: string };
const email = `victim-${runId}@example.com`;

beforeAll(async () => {
  a = await makeStore("ord-attacker");
  b = await makeStore("ord-victim");
  staff = await makeUser();
  const { variantId } = await addProduct(b.id);
  await adjustStock(b.id, staff, { variantId, quantity: 5, reason: "Received" });
  const { variantId: service, slotId } = await addServiceSlot(b.id, 2);
  const customer = await storeDb(b.id).customer.create({ data: { storeId: b.id, email } });
  const order = await placeTestOrder(b.id, { lines: [{ variantId, quantity: 2 }, { variantId: service, slotId, quantity: 1 }], email, customerId: customer.id });
  const stripe = await placeTestOrder(b.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE", providerRef: `pi_victim_${runId}` });
  victim = { ...order, variantId, customerId: customer.id, stripeOrderId: stripe.orderId };
  await placeTestOrder(a.id, { lines: [{ variantId: (await addProduct(a.id, [{ trackInventory: false }])).variantId, quantity: 1 }] });
});
afterAll(disconnectDb);

const notFound = async (promise: Promise<unknown>) => expect((await failure(promise)).code).toBe("NOT_FOUND");

describe("orders across stores", () => {
  it("cannot read another store's orders, even with the right status token", async () => {
    await notFound(getOrderForStaff(a.id, victim.orderId));
    await notFound(getOrderByToken(a.id, victim.orderId, victim.token));
    expect(await getCustomerOrder(a.id, victim.customerId, victim.orderId)).toBeNull();
    expect(await listCustomerOrders(a.id, victim.customerId)).toEqual([]);
    const listed = JSON.stringify([await listOrders(a.id, { q: email }), await listOrders(a.id, { pageSize: 100 }), await listUpcomingBookings(a.id)]);
    for (const trace of [victim.orderId, email, victim.stripeOrderId]) expect(listed).not.toContain(trace);
  });

  it("cannot change another store's orders", async () => {
    await notFound(markOrderPaid(a.id, victim.orderId, staff));
    await notFound(storeDb(a.id).$transaction((tx) => applyPaymentSucceeded(tx, a.id, victim.stripeOrderId, { provider: "STRIPE", providerRef: `pi_victim_${runId}`, amountMinor: 1000n })));
    await notFound(storeDb(a.id).$transaction((tx) => applyPaymentFailed(tx, a.id, victim.stripeOrderId, { provider: "STRIPE", providerRef: `pi_victim_${runId}`, amountMinor: 1000n })));
    const order = await getOrderForStaff(b.id, victim.orderId);
    const stripe = await getOrderForStaff(b.id, victim.stripeOrderId);
    expect([order.paymentStatus, order.status, stripe.paymentStatus, stripe.status]).toEqual(["PENDING", "OPEN", "PENDING", "OPEN"]);
    expect(await level(b.id, victim.variantId)).toEqual({ onHand: 5, reserved: 3 });
    expect(await storeDb(a.id).orderEvent.count({ where: { storeId: a.id, orderId: victim.orderId } })).toBe(0);
  });
});
