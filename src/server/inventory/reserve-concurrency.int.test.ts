/**
 * Real concurrent transactions on the real database: the conditional reservation must never
 * oversell, whatever the interleaving, and must not deadlock when orders name the same
 * variants in different orders.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { adjustStock, reserveSlots, reserveStock, type TOutOfStockItem } from "./index";
import { addProduct, addServiceSlot, CONCURRENT_TX, ledgerMismatches, level, makeStore, makeUser, settleConcurrently } from "./int-test-support";

class OutOfStock extends Error {
  constructor(readonly items: TOutOfStockItem[] | { slotId: string; available: number }[]) {
    super("OUT_OF_STOCK");
  }
}

let store: { id: string };
let staff: Awaited<ReturnType<typeof makeUser>>;
const SHOPPER = { kind: "customer" } as const;

beforeAll(async () => {
  store = await makeStore("inv-race");
  staff = await makeUser();
});
afterAll(disconnectDb);

function outcome(results: PromiseSettledResult<unknown>[]) {
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as Error);
  return { ok: results.filter((r) => r.status === "fulfilled").length, outOfStock: failures.filter((e) => e instanceof OutOfStock) as OutOfStock[], other: failures.filter((e) => !(e instanceof OutOfStock)) };
}

describe("reserveStock under concurrency", () => {
  it("200 concurrent checkouts for 10 in stock: exactly 10 succeed, 190 are out of stock, stock never below zero", async () => {
    const { variantId } = await addProduct(store.id);
    await adjustStock(store.id, staff, { variantId, quantity: 10, reason: "Received" });
    const results = await settleConcurrently(200, (i) =>
      storeDb(store.id).$transaction(async (tx) => {
        const result = await reserveStock(tx, store.id, [{ variantId, quantity: 1, label: "Tea" }], { orderId: `race-${i}`, actor: SHOPPER });
        if (!result.ok) throw new OutOfStock(result.outOfStock);
      }, CONCURRENT_TX),
    );
    const { ok, outOfStock, other } = outcome(results);
    expect(other.map((e) => e.message)).toEqual([]);
    expect(ok).toBe(10);
    expect(outOfStock).toHaveLength(190);
    expect(outOfStock.every((e) => e.items.every((i) => i.available === 0))).toBe(true);
    expect(await level(store.id, variantId)).toEqual({ onHand: 10, reserved: 10 });
    expect(await storeDb(store.id).inventoryLedgerEntry.count({ where: { storeId: store.id, variantId, kind: "RESERVATION" } })).toBe(10);
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("orders naming two variants in either order neither deadlock nor oversell", async () => {
    const { variantIds } = await addProduct(store.id, [{}, {}]);
    const [a, b] = variantIds as [string, string];
    await adjustStock(store.id, staff, { variantId: a, quantity: 30, reason: "Received" });
    await adjustStock(store.id, staff, { variantId: b, quantity: 30, reason: "Received" });
    const results = await settleConcurrently(100, (i) =>
      storeDb(store.id).$transaction(async (tx) => {
        const items = [{ variantId: a, quantity: 1, label: "A" }, { variantId: b, quantity: 1, label: "B" }];
        const result = await reserveStock(tx, store.id, i % 2 ? items : items.reverse(), { orderId: `pair-${i}`, actor: SHOPPER });
        if (!result.ok) throw new OutOfStock(result.outOfStock);
      }, CONCURRENT_TX),
    );
    const { ok, outOfStock, other } = outcome(results);
    expect(other.map((e) => e.message)).toEqual([]);
    expect(ok).toBe(30);
    expect(outOfStock).toHaveLength(70);
    expect(await level(store.id, a)).toEqual({ onHand: 30, reserved: 30 });
    expect(await level(store.id, b)).toEqual({ onHand: 30, reserved: 30 });
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("60 concurrent bookings of a slot for 8: exactly 8 seats are booked", async () => {
    const { slotId } = await addServiceSlot(store.id, 8);
    const results = await settleConcurrently(60, () =>
      storeDb(store.id).$transaction(async (tx) => {
        const result = await reserveSlots(tx, store.id, [{ slotId, quantity: 1, label: "Class" }]);
        if (!result.ok) throw new OutOfStock(result.outOfStock);
      }, CONCURRENT_TX),
    );
    const { ok, outOfStock, other } = outcome(results);
    expect(other.map((e) => e.message)).toEqual([]);
    expect([ok, outOfStock.length]).toEqual([8, 52]);
    const slot = await storeDb(store.id).serviceSlot.findFirstOrThrow({ where: { storeId: store.id, id: slotId } });
    expect([slot.booked, slot.capacity]).toEqual([8, 8]);
  });

  it("the CHECK constraints refuse levels below zero and bookings over capacity written any other way", async () => {
    const { variantId } = await addProduct(store.id);
    await adjustStock(store.id, staff, { variantId, quantity: 1, reason: "Received" });
    await expect(storeDb(store.id).$executeRaw`UPDATE StockLevel SET reserved = 2 WHERE storeId = ${store.id} AND variantId = ${variantId}`).rejects.toThrow();
    await expect(storeDb(store.id).$executeRaw`UPDATE StockLevel SET onHand = -1, reserved = 0 WHERE storeId = ${store.id} AND variantId = ${variantId}`).rejects.toThrow();
    const { slotId } = await addServiceSlot(store.id, 2);
    await expect(storeDb(store.id).$executeRaw`UPDATE ServiceSlot SET booked = 3 WHERE storeId = ${store.id} AND id = ${slotId}`).rejects.toThrow();
    expect(await level(store.id, variantId)).toEqual({ onHand: 1, reserved: 0 });
  });
});
