import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TPermission } from "@/server/access";
import { createApiKey } from "@/server/api-keys";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { adjustStock } from "@/server/inventory";
import { addProduct, ledgerMismatches, level, makeStore, makeUser, placeTestOrder } from "@/server/orders/int-test-support";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/http/platform-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/http/platform-auth")>()),
  getPlatformActor: async () => (session.userId ? { userId: session.userId, name: "Test", isPlatformAdmin: false } : null),
}));

const list = await import("./route");
const one = await import("./[id]/route");
const markPaid = await import("./[id]/mark-paid/route");

const BASE = "http://localhost:3000/api/v1/admin/orders";
let storeA: Awaited<ReturnType<typeof makeStore>>;
let storeB: Awaited<ReturnType<typeof makeStore>>;
let owner: { userId: string };
let readKey: string;
let writeKey: string;
let catalogKey: string;
let keyB: string;
let variantId: string;

const key = async (storeId: string, scopes: TPermission[]) => (await createApiKey(storeId, owner, { name: "orders test", scopes })).key;
const auth = (k?: string): Record<string, string> => (k ? { authorization: `Bearer ${k}` } : {});
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const getList = (query: string, k?: string) => list.GET(new Request(`${BASE}${query}`, { headers: auth(k) }));
const getOne = (id: string, k?: string, query = "") => one.GET(new Request(`${BASE}/${id}${query}`, { headers: auth(k) }), params(id));
const pay = (id: string, k?: string, query = "") => markPaid.POST(new Request(`${BASE}/${id}/mark-paid${query}`, { method: "POST", headers: auth(k) }), params(id));

async function errorOf(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body.error.code).toBe(code);
  return body;
}

beforeAll(async () => {
  owner = await makeUser();
  [storeA, storeB] = await Promise.all([makeStore("api-orders-a"), makeStore("api-orders-b")]);
  await storeDb(storeA.id).storeMembership.create({ data: { storeId: storeA.id, userId: owner.userId, role: "OWNER" } });
  readKey = await key(storeA.id, ["orders:read"]);
  writeKey = await key(storeA.id, ["orders:read", "orders:write"]);
  catalogKey = await key(storeA.id, ["catalog:read", "catalog:write"]);
  keyB = await key(storeB.id, ["orders:read", "orders:write"]);
  ({ variantId } = await addProduct(storeA.id, [{ priceMinor: 2500n }]));
  await adjustStock(storeA.id, { kind: "system" }, { variantId, quantity: 10, reason: "test stock" });
});
beforeEach(() => {
  session.userId = null;
});
afterAll(disconnectDb);

describe("/api/v1/admin/orders", () => {
  it("lists and shows orders with orders:read, filtered and searched, never cached", async () => {
    const first = await placeTestOrder(storeA.id, { lines: [{ variantId, quantity: 1, unitPriceMinor: 2500n }], email: "nimal@example.com" });
    const second = await placeTestOrder(storeA.id, { lines: [{ variantId, quantity: 2, unitPriceMinor: 2500n }], email: "kamala@example.com" });
    const res = await getList("?pageSize=10", readKey);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const page = await res.json();
    expect(page.items.map((o: { number: number }) => o.number)).toEqual([second.number, first.number]);
    expect(page).toMatchObject({ page: 1, pageSize: 10 });
    expect(page.items[0]).toMatchObject({ id: second.orderId, email: "kamala@example.com", paymentStatus: "PENDING", itemCount: 2, total: "50.00" });

    expect((await (await getList(`?q=%23${first.number}`, readKey)).json()).items.map((o: { id: string }) => o.id)).toEqual([first.orderId]);
    expect((await (await getList("?q=kamala", readKey)).json()).items.map((o: { id: string }) => o.id)).toEqual([second.orderId]);
    expect((await (await getList("?paymentStatus=paid", readKey)).json()).items).toEqual([]);
    await errorOf(await getList("?paymentStatus=SHIPPED", readKey), 422, "VALIDATION_FAILED");
    await errorOf(await getList("?pageSize=500", readKey), 422, "VALIDATION_FAILED");

    const detail = await getOne(first.orderId, readKey);
    expect(detail.status).toBe(200);
    expect(detail.headers.get("cache-control")).toBe("private, no-store");
    const order = await detail.json();
    expect(order).toMatchObject({ id: first.orderId, number: first.number, lines: [{ quantity: 1 }], payments: [{ provider: "COD", status: "PENDING" }] });
    expect(order.timeline.map((e: { kind: string }) => e.kind)).toContain("placed");
  });

  it("needs a key with the scope: none is 401, a catalog-only key is 403, a read-only key cannot mark paid", async () => {
    const { orderId } = await placeTestOrder(storeA.id, { lines: [{ variantId, quantity: 1 }] });
    await errorOf(await getList(""), 401, "UNAUTHENTICATED");
    await errorOf(await getList("", "ek_bogus_key"), 401, "UNAUTHENTICATED");
    await errorOf(await getList("", catalogKey), 403, "FORBIDDEN");
    await errorOf(await getOne(orderId, catalogKey), 403, "FORBIDDEN");
    await errorOf(await pay(orderId, readKey), 403, "FORBIDDEN");
    expect((await storeDb(storeA.id).order.findUniqueOrThrow({ where: { id: orderId } })).paymentStatus).toBe("PENDING");
  });

  it("marks a cash-on-delivery order paid with orders:write: stock sold, who and when recorded; twice is 409", async () => {
    const before = await level(storeA.id, variantId);
    const { orderId } = await placeTestOrder(storeA.id, { lines: [{ variantId, quantity: 3, unitPriceMinor: 2500n }] });
    expect(await level(storeA.id, variantId)).toEqual({ onHand: before.onHand, reserved: before.reserved + 3 });
    const res = await pay(orderId, writeKey);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const order = await res.json();
    expect(order).toMatchObject({ id: orderId, paymentStatus: "PAID", paidAt: expect.any(String), payments: [{ provider: "COD", status: "PAID" }] });
    expect(order.timeline.map((e: { kind: string }) => e.kind)).toContain("paid");
    expect(await level(storeA.id, variantId)).toEqual({ onHand: before.onHand - 3, reserved: before.reserved });
    expect(await ledgerMismatches(storeA.id)).toEqual([]);
    await errorOf(await pay(orderId, writeKey), 409, "CONFLICT");
  });

  it("marks paid from a dashboard session with ?store=, recording the user", async () => {
    const { orderId } = await placeTestOrder(storeA.id, { lines: [{ variantId, quantity: 1 }] });
    await errorOf(await pay(orderId, undefined, `?store=${storeA.slug}`), 401, "UNAUTHENTICATED");
    session.userId = owner.userId;
    const res = await pay(orderId, undefined, `?store=${storeA.slug}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ paymentStatus: "PAID", paidByUserId: owner.userId });
  });

  it("refuses to mark a card order paid by hand (409)", async () => {
    const { orderId } = await placeTestOrder(storeA.id, { lines: [{ variantId, quantity: 1 }], method: "STRIPE" });
    await errorOf(await pay(orderId, writeKey), 409, "CONFLICT");
    expect((await storeDb(storeA.id).order.findUniqueOrThrow({ where: { id: orderId } })).paymentStatus).toBe("PENDING");
  });

  it("cross-tenant: store A's orders are 404 to store B's key and to a session naming store B, and A's list shows nothing of B", async () => {
    const { variantId: bVariant } = await addProduct(storeB.id, [{ priceMinor: 1n }]);
    await adjustStock(storeB.id, { kind: "system" }, { variantId: bVariant, quantity: 5, reason: "test stock" });
    const victimOrder = await placeTestOrder(storeB.id, { lines: [{ variantId: bVariant, quantity: 1 }], email: "victim@example.com" });
    const { orderId } = await placeTestOrder(storeA.id, { lines: [{ variantId, quantity: 1 }] });

    for (const res of [await getOne(orderId, keyB), await pay(orderId, keyB), await getOne(victimOrder.orderId, readKey), await pay(victimOrder.orderId, writeKey)]) {
      const text = await res.clone().text();
      await errorOf(res, 404, "NOT_FOUND");
      expect(text).not.toContain("victim@example.com");
    }
    await errorOf(await getOne(orderId, readKey, `?store=${storeB.slug}`), 404, "NOT_FOUND");
    session.userId = owner.userId;
    await errorOf(await getOne(victimOrder.orderId, undefined, `?store=${storeB.slug}`), 404, "NOT_FOUND");
    const listed = await (await getList("?pageSize=100", readKey)).text();
    expect(listed).not.toContain(victimOrder.orderId);
    expect(listed).not.toContain("victim@example.com");
    expect((await storeDb(storeA.id).order.findUniqueOrThrow({ where: { id: orderId } })).paymentStatus).toBe("PENDING");
    expect((await storeDb(storeB.id).order.findUniqueOrThrow({ where: { id: victimOrder.orderId } })).paymentStatus).toBe("PENDING");
    expect(await platformDb().store.count({ where: { id: { in: [storeA.id, storeB.id] } } })).toBe(2);
  });
});
