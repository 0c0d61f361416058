/**
 * The dashboard's order pages and "Mark as paid", with the session replaced by a mock of
 * getPlatformActor; membership, permissions, the orders domain and the database are real.
 * Pages signal 404/403 the way Next.js does (an error whose digest names the status).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/components/dashboard/form-state";
import { disconnectDb, storeDb } from "@/server/db";
import { adjustStock } from "@/server/inventory";
import { addProduct, addServiceSlot, placeTestOrder } from "@/server/orders/int-test-support";
import { createStoresAB, outcome, run, session, storePageProps as listParams } from "../dashboard-test-support";

vi.mock("@/server/http/platform-auth", async (original) => (await import("../dashboard-test-session")).mockPlatformAuth(original));
vi.mock("next/headers", async () => (await import("../dashboard-test-session")).mockNextHeaders());
vi.mock("next/cache", async () => (await import("../dashboard-test-session")).mockNextCache());

const OrdersPage = (await import("./page")).default;
const OrderPage = (await import("./[id]/page")).default;
const BookingsPage = (await import("../bookings/page")).default;
const { markOrderPaidAction } = await import("./actions");

let a: { id: string; slug: string };
let b: { id: string; slug: string };
let ownerA: string;
let supportA: string;
let orderA: { orderId: string; number: number };
let orderB: { orderId: string; number: number };
let stripeOrderA: { orderId: string; number: number };
let variantA: string;

const orderParams = (store: string, id: string) => ({ params: Promise.resolve({ store, id }), searchParams: Promise.resolve({}) });

beforeAll(async () => {
  let ownerB: string;
  ({ a, b, ownerA, memberA: supportA, ownerB } = await createStoresAB("orders", { a: { name: "Orders Store A", timeZone: "Asia/Colombo" }, b: { name: "Victim Orders B" } }));
  variantA = (await addProduct(a.id)).variantId;
  const variantB = (await addProduct(b.id)).variantId;
  await adjustStock(a.id, { kind: "user", userId: ownerA }, { variantId: variantA, delta: 10, reason: "opening" });
  await adjustStock(b.id, { kind: "user", userId: ownerB }, { variantId: variantB, delta: 10, reason: "opening" });
  orderA = await placeTestOrder(a.id, { lines: [{ variantId: variantA, quantity: 2 }], email: `buyer-${run}@example.com` });
  stripeOrderA = await placeTestOrder(a.id, { lines: [{ variantId: variantA, quantity: 1 }], method: "STRIPE" });
  orderB = await placeTestOrder(b.id, { lines: [{ variantId: variantB, quantity: 1 }] });
});

beforeEach(() => {
  session.userId = null;
});

afterAll(disconnectDb);

describe("order pages", () => {
  it("the owner opens the list (filtered and searched) and an order of their store", async () => {
    session.userId = ownerA;
    expect(await outcome(() => OrdersPage(listParams(a.slug)))).toBe("ok");
    expect(await outcome(() => OrdersPage(listParams(a.slug, { paymentStatus: "PENDING", q: `#${orderA.number}`, page: "1" })))).toBe("ok");
    // A bad filter is shown beside the filter, not an error page.
    expect(await outcome(() => OrdersPage(listParams(a.slug, { paymentStatus: "NOPE" })))).toBe("ok");
    expect(await outcome(() => OrderPage(orderParams(a.slug, orderA.orderId)))).toBe("ok");
    expect(await outcome(() => BookingsPage(listParams(a.slug)))).toBe("ok");
  });

  it("another store's order is 404 through one's own store, and its store is 404 too; a malformed id is 404", async () => {
    session.userId = ownerA;
    expect(await outcome(() => OrderPage(orderParams(a.slug, orderB.orderId)))).toBe("404");
    expect(await outcome(() => OrderPage(orderParams(b.slug, orderB.orderId)))).toBe("404");
    expect(await outcome(() => OrderPage(orderParams(a.slug, "../../etc")))).toBe("404");
    expect(await outcome(() => OrdersPage(listParams(b.slug)))).toBe("404");
  });

  it("support staff read orders; signed-out visitors are sent to sign in", async () => {
    session.userId = supportA;
    expect(await outcome(() => OrderPage(orderParams(a.slug, orderA.orderId)))).toBe("ok");
    session.userId = null;
    expect(await outcome(() => OrdersPage(listParams(a.slug)))).toMatch(/^redirect \/login/);
  });
});

describe("Mark as paid", () => {
  it("is refused to support staff (orders:read only) and for another store's order, and changes nothing", async () => {
    session.userId = supportA;
    const refused = await markOrderPaidAction(a.slug, orderA.orderId, IDLE, new FormData());
    expect(refused).toMatchObject({ status: "error", message: expect.stringContaining("orders:write") });
    session.userId = ownerA;
    const foreign = await markOrderPaidAction(a.slug, orderB.orderId, IDLE, new FormData());
    expect(foreign).toMatchObject({ status: "error", message: expect.stringMatching(/not found/i) });
    const crossStore = await markOrderPaidAction(b.slug, orderB.orderId, IDLE, new FormData());
    expect(crossStore).toMatchObject({ status: "error", message: expect.stringMatching(/not found/i) });
    expect(JSON.stringify([foreign, crossStore])).not.toContain("Victim");
    for (const [store, id] of [[a.id, orderA.orderId], [b.id, orderB.orderId]] as const) {
      expect((await storeDb(store).order.findFirstOrThrow({ where: { storeId: store, id } })).paymentStatus).toBe("PENDING");
    }
  });

  it("a card order is refused (only Stripe's webhook pays it)", async () => {
    session.userId = ownerA;
    const refused = await markOrderPaidAction(a.slug, stripeOrderA.orderId, IDLE, new FormData());
    expect(refused).toMatchObject({ status: "error", message: expect.stringContaining("Stripe") });
  });

  it("the owner marks a cash-on-delivery order paid: who and when are recorded, the timeline names them, stock is sold", async () => {
    session.userId = ownerA;
    const before = new Date();
    expect(await outcome(() => markOrderPaidAction(a.slug, orderA.orderId, IDLE, new FormData()))).toBe(`redirect /dashboard/${a.slug}/orders/${orderA.orderId}?marked=paid`);
    const order = await storeDb(a.id).order.findFirstOrThrow({ where: { storeId: a.id, id: orderA.orderId } });
    expect(order).toMatchObject({ paymentStatus: "PAID", paidByUserId: ownerA });
    expect(order.paidAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const paid = await storeDb(a.id).orderEvent.findFirstOrThrow({ where: { storeId: a.id, orderId: orderA.orderId, kind: "paid" } });
    expect(paid).toMatchObject({ actorType: "user", actorId: ownerA });
    const sale = await storeDb(a.id).inventoryLedgerEntry.findFirst({ where: { storeId: a.id, variantId: variantA, kind: "SALE" } });
    expect(sale).toMatchObject({ onHandDelta: -2, reservedDelta: -2 });
    // A second press is a clear refusal, not a second payment.
    const again = await markOrderPaidAction(a.slug, orderA.orderId, IDLE, new FormData());
    expect(again).toMatchObject({ status: "error", message: "This order is already paid" });
    expect(await storeDb(a.id).orderEvent.count({ where: { storeId: a.id, orderId: orderA.orderId, kind: "paid" } })).toBe(1);
    expect(await outcome(() => OrderPage({ ...orderParams(a.slug, orderA.orderId), searchParams: Promise.resolve({ marked: "paid" }) }))).toBe("ok");
  });
});

describe("bookings", () => {
  it("lists an upcoming slot booking of the store and none of another store's", async () => {
    const { listUpcomingBookings } = await import("@/server/orders");
    const { variantId, slotId } = await addServiceSlot(a.id, 3);
    const booked = await placeTestOrder(a.id, { lines: [{ variantId, slotId, quantity: 2 }] });
    const page = await listUpcomingBookings(a.id);
    expect(page.items.map((i) => [i.orderId, i.quantity])).toContainEqual([booked.orderId, 2]);
    expect(page.items.some((i) => i.orderId === orderB.orderId)).toBe(false);
    session.userId = ownerA;
    expect(await outcome(() => BookingsPage(listParams(a.slug, { page: "x" })))).toBe("ok");
  });
});
