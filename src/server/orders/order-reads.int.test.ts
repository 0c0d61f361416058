import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import {
  getCustomerOrder,
  getOrderByToken,
  getOrderForStaff,
  listCustomerOrders,
  listOrders,
  listUpcomingBookings,
  ORDER_CUSTOMER_REFERENCE,
} from "./index";
import { addProduct, addServiceSlot, failure, makeStore, placeTestOrder, runId } from "./int-test-support";

let store: { id: string };
let variantId: string;

beforeAll(async () => {
  store = await makeStore("ord-reads");
  variantId = (await addProduct(store.id, [{ trackInventory: false }])).variantId;
});
afterAll(disconnectDb);

describe("reading orders", () => {
  it("opens a guest's order only with its status token", async () => {
    const { orderId, number, token } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 2 }] });
    const view = await getOrderByToken(store.id, orderId, token);
    expect([view.number, view.totals.total, view.lines.length, view.shippingAddress?.city]).toEqual([number, "20.00", 1, "Colombo"]);
    expect(view).not.toHaveProperty("timeline");
    for (const wrong of [token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"), "", "x".repeat(43)]) {
      expect((await failure(getOrderByToken(store.id, orderId, wrong))).code).toBe("NOT_FOUND");
    }
    const row = await storeDb(store.id).order.findFirstOrThrow({ where: { storeId: store.id, id: orderId } });
    expect(row.statusTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(token);
  });

  it("lists orders by payment status, number and email, paged", async () => {
    const email = `list-${runId}@example.com`;
    const a = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], email });
    const b = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 3 }], method: "STRIPE" });
    expect((await listOrders(store.id, { q: `#${a.number}` })).items.map((o) => o.id)).toEqual([a.orderId]);
    expect((await listOrders(store.id, { q: String(b.number) })).items.map((o) => o.id)).toEqual([b.orderId]);
    expect((await listOrders(store.id, { q: email.slice(0, 10).toUpperCase() })).items.map((o) => o.id)).toEqual([a.orderId]);
    expect((await listOrders(store.id, { q: "list_%" })).items).toEqual([]);
    const pending = await listOrders(store.id, { paymentStatus: "pending", pageSize: 1 });
    expect(pending.pageSize).toBe(1);
    expect(pending.total).toBeGreaterThanOrEqual(2);
    expect(pending.items[0]?.id).toBe(b.orderId);
    expect(pending.items[0]?.itemCount).toBe(3);
    expect((await listOrders(store.id, { paymentStatus: "PAID" })).items).toEqual([]);
    expect((await failure(listOrders(store.id, { paymentStatus: "SHIPPED" }))).issues?.[0]?.path).toEqual(["paymentStatus"]);
  });

  it("lists a customer's own orders and upcoming bookings", async () => {
    const customer = await storeDb(store.id).customer.create({ data: { storeId: store.id, email: `buyer-${runId}@example.com` } });
    const { variantId: service, slotId } = await addServiceSlot(store.id, 5);
    const own = await placeTestOrder(store.id, { lines: [{ variantId: service, slotId, quantity: 2 }], customerId: customer.id, email: customer.email });
    const other = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }] });
    expect((await listCustomerOrders(store.id, customer.id)).map((o) => o.id)).toEqual([own.orderId]);
    expect(await getCustomerOrder(store.id, customer.id, other.orderId)).toBeNull();
    expect((await getCustomerOrder(store.id, customer.id, own.orderId))?.lines[0]?.slotId).toBe(slotId);
    const bookings = await listUpcomingBookings(store.id, {});
    expect(bookings.items.map((b) => [b.orderNumber, b.email, b.quantity, b.slotId])).toEqual([[own.number, customer.email, 2, slotId]]);
    expect((await listUpcomingBookings(store.id, { from: new Date(Date.now() + 7 * 86_400_000).toISOString() })).items).toEqual([]);
  });

  it("anonymises a customer's orders on erasure: email and address go, amounts and lines stay", async () => {
    const customer = await storeDb(store.id).customer.create({ data: { storeId: store.id, email: `erase-${runId}@example.com` } });
    const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }], customerId: customer.id, email: customer.email });
    const guest = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1 }] });
    await storeDb(store.id).$transaction(async (tx) => {
      await tx.customer.update({ where: { id: customer.id }, data: { email: `erased-${customer.id}@erased.invalid` } });
      await ORDER_CUSTOMER_REFERENCE.anonymise(tx, store.id, customer.id);
    });
    const order = await getOrderForStaff(store.id, orderId);
    expect([order.email, order.shippingAddress, order.totals.total, order.lines.length]).toEqual([`erased-${customer.id}@erased.invalid`, null, "10.00", 1]);
    expect((await getOrderForStaff(store.id, guest.orderId)).shippingAddress?.name).toBe("Nimal Perera");
    expect(JSON.stringify(await storeDb(store.id).order.findMany({ where: { storeId: store.id, customerId: customer.id } }), (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(`erase-${runId}`);
  });
});
