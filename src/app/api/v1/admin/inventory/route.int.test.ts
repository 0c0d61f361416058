import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TPermission } from "@/server/access";
import { createApiKey } from "@/server/api-keys";
import { disconnectDb, storeDb } from "@/server/db";
import { createStockLocation } from "@/server/inventory";
import { addProduct, ledgerMismatches, makeStore, makeUser } from "@/server/inventory/int-test-support";
import { placeTestOrder } from "@/server/orders/int-test-support";

const read = await import("./route");
const adjust = await import("./adjustments/route");

const BASE = "http://localhost:3000/api/v1/admin/inventory";
let storeA: Awaited<ReturnType<typeof makeStore>>;
let storeB: Awaited<ReturnType<typeof makeStore>>;
let owner: { kind: "user"; userId: string };
let stockKey: string;
let readKey: string;
let ordersKey: string;
let keyB: string;

const key = async (storeId: string, scopes: TPermission[]) => (await createApiKey(storeId, owner, { name: "inventory test", scopes })).key;
const getInventory = (variantId: string, k?: string) => read.GET(new Request(`${BASE}?variantId=${encodeURIComponent(variantId)}`, { headers: k ? { authorization: `Bearer ${k}` } : {} }));
const post = (body: unknown, k?: string, raw?: string) =>
  adjust.POST(new Request(`${BASE}/adjustments`, { method: "POST", headers: { "content-type": "application/json", ...(k ? { authorization: `Bearer ${k}` } : {}) }, body: raw ?? JSON.stringify(body) }));

async function errorOf(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body.error.code).toBe(code);
  return body.error as { details?: { fields?: { path: string }[] } };
}
const ledgerCount = (storeId: string) => storeDb(storeId).inventoryLedgerEntry.count({ where: { storeId } });

beforeAll(async () => {
  owner = await makeUser();
  [storeA, storeB] = await Promise.all([makeStore("api-inv-a"), makeStore("api-inv-b")]);
  stockKey = await key(storeA.id, ["catalog:read", "inventory:write"]);
  readKey = await key(storeA.id, ["catalog:read"]);
  ordersKey = await key(storeA.id, ["orders:read", "orders:write"]);
  keyB = await key(storeB.id, ["catalog:read", "inventory:write"]);
});
afterAll(disconnectDb);

describe("/api/v1/admin/inventory", () => {
  it("sets, changes and reads stock through the API with a reason in the ledger", async () => {
    const { variantId } = await addProduct(storeA.id);
    const set = await post({ variantId, quantity: 12, reason: "Opening stock" }, stockKey);
    expect(set.status).toBe(200);
    expect(set.headers.get("cache-control")).toBe("private, no-store");
    expect(await set.json()).toMatchObject({ variantId, onHand: 12, reserved: 0, available: 12, levels: [{ isDefault: true, onHand: 12 }] });

    const warehouse = await createStockLocation(storeA.id, owner, { name: "Warehouse" });
    const moved = await (await post({ variantId, locationId: warehouse.id, delta: 5, reason: "Delivery" }, stockKey)).json();
    expect(moved).toMatchObject({ onHand: 17, available: 17 });
    expect(moved.levels).toEqual(expect.arrayContaining([expect.objectContaining({ locationId: warehouse.id, onHand: 5 })]));
    expect((await (await post({ variantId, delta: -2, reason: "Damaged" }, stockKey)).json()).onHand).toBe(15);

    const got = await getInventory(variantId, readKey);
    expect(got.status).toBe(200);
    expect(got.headers.get("cache-control")).toBe("private, no-store");
    expect(await got.json()).toMatchObject({ variantId, onHand: 15, reserved: 0, available: 15 });
    const entries = await storeDb(storeA.id).inventoryLedgerEntry.findMany({ where: { variantId }, orderBy: { createdAt: "asc" }, select: { kind: true, onHandDelta: true, note: true, actorType: true } });
    expect(entries).toEqual([
      { kind: "ADJUSTMENT", onHandDelta: 12, note: "Opening stock", actorType: "api_key" },
      { kind: "ADJUSTMENT", onHandDelta: 5, note: "Delivery", actorType: "api_key" },
      { kind: "ADJUSTMENT", onHandDelta: -2, note: "Damaged", actorType: "api_key" },
    ]);
    expect(await ledgerMismatches(storeA.id)).toEqual([]);
  });

  it("refuses bad adjustments with a code and writes nothing", async () => {
    const { variantId } = await addProduct(storeA.id);
    await post({ variantId, quantity: 3, reason: "Opening stock" }, stockKey);
    await placeTestOrder(storeA.id, { lines: [{ variantId, quantity: 2 }] });
    const before = await ledgerCount(storeA.id);
    const cases: [unknown, string[]][] = [
      [{ variantId, delta: 1, quantity: 4, reason: "both" }, ["quantity"]],
      [{ variantId, reason: "neither" }, ["delta"]],
      [{ variantId, delta: 0, reason: "zero" }, ["delta"]],
      [{ variantId, delta: 1.5, reason: "fraction" }, ["delta"]],
      [{ variantId, quantity: -1, reason: "negative" }, ["quantity"]],
      [{ variantId, quantity: 1e12, reason: "huge" }, ["quantity"]],
      [{ variantId, delta: 1 }, ["reason"]],
      // 2 are reserved by the open order: on hand cannot go below that.
      [{ variantId, quantity: 1, reason: "too low" }, ["quantity"]],
      [{ variantId, delta: -2, reason: "too low" }, ["delta"]],
    ];
    for (const [body, paths] of cases) {
      const error = await errorOf(await post(body, stockKey), 422, "VALIDATION_FAILED");
      expect(error.details?.fields?.map((f) => f.path), JSON.stringify(body)).toEqual(paths);
    }
    await errorOf(await post(undefined, stockKey, "{"), 400, "MALFORMED_JSON");
    await errorOf(await post({ variantId: "no-such-variant", delta: 1, reason: "x" }, stockKey), 404, "NOT_FOUND");
    await errorOf(await post({ variantId, locationId: "no-such-location", delta: 1, reason: "x" }, stockKey), 404, "NOT_FOUND");
    await errorOf(await getInventory("", readKey), 422, "VALIDATION_FAILED");
    expect(await ledgerCount(storeA.id)).toBe(before);
    expect(await (await getInventory(variantId, readKey)).json()).toMatchObject({ onHand: 3, reserved: 2, available: 1 });
  });

  it("needs inventory:write to adjust and catalog:read to read", async () => {
    const { variantId } = await addProduct(storeA.id);
    const before = await ledgerCount(storeA.id);
    await errorOf(await post({ variantId, delta: 5, reason: "x" }), 401, "UNAUTHENTICATED");
    await errorOf(await post({ variantId, delta: 5, reason: "x" }, readKey), 403, "FORBIDDEN");
    await errorOf(await post({ variantId, delta: 5, reason: "x" }, ordersKey), 403, "FORBIDDEN");
    await errorOf(await getInventory(variantId, ordersKey), 403, "FORBIDDEN");
    expect(await ledgerCount(storeA.id)).toBe(before);
  });

  it("cross-tenant: store A's variant and location are 404 to store B's key, and nothing of A changes", async () => {
    const { variantId } = await addProduct(storeA.id);
    await post({ variantId, quantity: 4, reason: "Opening stock" }, stockKey);
    const location = await createStockLocation(storeA.id, owner, { name: `Shop ${Math.random()}` });
    const { variantId: bVariant } = await addProduct(storeB.id);
    const beforeA = await ledgerCount(storeA.id);
    const beforeB = await ledgerCount(storeB.id);
    await errorOf(await getInventory(variantId, keyB), 404, "NOT_FOUND");
    await errorOf(await post({ variantId, delta: 100, reason: "steal" }, keyB), 404, "NOT_FOUND");
    await errorOf(await post({ variantId: bVariant, locationId: location.id, delta: 1, reason: "wrong location" }, keyB), 404, "NOT_FOUND");
    expect(await ledgerCount(storeA.id)).toBe(beforeA);
    expect(await ledgerCount(storeB.id)).toBe(beforeB);
    expect(await (await getInventory(variantId, readKey)).json()).toMatchObject({ onHand: 4 });
  });
});
