/**
 * inventory.availability_changed: written (once per transaction) only when stock or a slot
 * crosses zero, bumping the store's storefront cache tag with it; orders that leave stock
 * on the shelf write nothing and leave the cache alone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import {
  adjustStock,
  AVAILABILITY_CHANGED,
  commitReservation,
  createStockLocation,
  importStockLevels,
  releaseReservation,
  reserveSlots,
  reserveStock,
  transferStock,
  type TOutOfStockItem,
} from "./index";
import { addProduct, addServiceSlot, CONCURRENT_TX, events, level, makeStore, makeUser, settleConcurrently } from "./int-test-support";

let store: { id: string; slug: string };
let staff: Awaited<ReturnType<typeof makeUser>>;
const SHOPPER = { kind: "customer" } as const;
const SYSTEM = { kind: "system" } as const;

beforeAll(async () => {
  store = await makeStore("inv-avail");
  staff = await makeUser();
});
afterAll(disconnectDb);

type TPayload = { variantIds: string[]; slotIds: string[] };

/** Events up to this id are ignored by changesOf (the stocking that sets a test up crosses zero too). */
let baseline = 0n;
async function markBaseline(): Promise<void> {
  const last = await storeDb(store.id).outboxEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  baseline = last?.id ?? 0n;
}

/** The availability events of the store since the baseline that name `id` (a variant or a slot). */
async function changesOf(id: string): Promise<TPayload[]> {
  const rows = await storeDb(store.id).outboxEvent.findMany({ where: { type: AVAILABILITY_CHANGED, id: { gt: baseline } }, orderBy: { id: "asc" }, select: { payload: true } });
  return rows.map((e) => e.payload as TPayload).filter((p) => p.variantIds.includes(id) || p.slotIds.includes(id));
}

async function tagVersion(): Promise<number> {
  const row = await platformDb().cacheTag.findUnique({ where: { tag: `storefront:${store.slug}` }, select: { version: true } });
  return Number(row?.version ?? 0);
}

const reserve = (variantId: string, quantity: number, orderId: string) =>
  storeDb(store.id).$transaction((tx) => reserveStock(tx, store.id, [{ variantId, quantity, label: "Item" }], { orderId, actor: SHOPPER }));

async function stocked(quantity: number) {
  const { variantId, variantIds, productId } = await addProduct(store.id, [{}, {}]);
  await adjustStock(store.id, staff, { variantId, quantity, reason: "Received" });
  await markBaseline();
  return { variantId, other: variantIds[1]!, productId };
}

describe("inventory.availability_changed", () => {
  it("a sale that leaves stock writes none and does not touch the storefront cache; selling the last unit writes exactly one and bumps it", async () => {
    const { variantId } = await stocked(3);
    const before = await tagVersion();
    expect(await reserve(variantId, 2, "avail-1")).toEqual({ ok: true });
    expect(await changesOf(variantId)).toEqual([]);
    expect(await tagVersion()).toBe(before);

    expect(await reserve(variantId, 1, "avail-2")).toEqual({ ok: true });
    expect(await changesOf(variantId)).toEqual([{ variantIds: [variantId], slotIds: [] }]);
    expect(await tagVersion()).toBe(before + 1);

    // Paying turns the reservation into a sale: available stays 0, nothing new.
    await storeDb(store.id).$transaction((tx) => commitReservation(tx, store.id, "avail-2", SYSTEM));
    expect(await changesOf(variantId)).toHaveLength(1);
    expect(await tagVersion()).toBe(before + 1);
  });

  it("a release bringing stock back from 0 writes one; a release while stock remains writes none", async () => {
    const { variantId } = await stocked(2);
    await reserve(variantId, 1, "rel-a");
    await reserve(variantId, 1, "rel-b");
    expect(await changesOf(variantId)).toHaveLength(1);
    await storeDb(store.id).$transaction((tx) => releaseReservation(tx, store.id, "rel-a", "RELEASE", SYSTEM));
    expect(await changesOf(variantId)).toHaveLength(2);
    await storeDb(store.id).$transaction((tx) => releaseReservation(tx, store.id, "rel-b", "CANCELLATION", SYSTEM));
    expect(await changesOf(variantId)).toHaveLength(2);
    expect(await level(store.id, variantId)).toEqual({ onHand: 2, reserved: 0 });
  });

  it("one event per transaction lists every variant that crossed, and none that did not", async () => {
    const a = await stocked(1);
    const b = await stocked(1);
    const c = await stocked(5);
    const ids = [a.variantId, b.variantId, c.variantId];
    const result = await storeDb(store.id).$transaction((tx) =>
      reserveStock(tx, store.id, ids.map((variantId) => ({ variantId, quantity: 1, label: "Item" })), { orderId: "multi", actor: SHOPPER }),
    );
    expect(result).toEqual({ ok: true });
    const written = await changesOf(a.variantId);
    expect(written).toEqual([{ variantIds: [a.variantId, b.variantId].sort(), slotIds: [] }]);
    expect(await changesOf(c.variantId)).toEqual([]);
  });

  it("stock and slots crossing in one transaction share one event", async () => {
    const { variantId } = await stocked(1);
    const { slotId } = await addServiceSlot(store.id, 2);
    await markBaseline();
    await storeDb(store.id).$transaction(async (tx) => {
      expect(await reserveStock(tx, store.id, [{ variantId, quantity: 1, label: "Tea" }], { orderId: "shared", actor: SHOPPER })).toEqual({ ok: true });
      expect(await reserveSlots(tx, store.id, [{ slotId, quantity: 2, label: "Class" }])).toEqual({ ok: true });
    });
    expect(await changesOf(variantId)).toEqual([{ variantIds: [variantId], slotIds: [slotId] }]);
  });

  it("an event undone by ROLLBACK TO SAVEPOINT is written again for what crosses afterwards", async () => {
    const a = await stocked(1);
    const b = await stocked(1);
    await storeDb(store.id).$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SAVEPOINT attempt");
      await reserveStock(tx, store.id, [{ variantId: a.variantId, quantity: 1, label: "A" }], { orderId: "sp-a", actor: SHOPPER });
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT attempt");
      await reserveStock(tx, store.id, [{ variantId: b.variantId, quantity: 1, label: "B" }], { orderId: "sp-b", actor: SHOPPER });
    });
    expect(await changesOf(a.variantId)).toEqual([]);
    expect(await changesOf(b.variantId)).toEqual([{ variantIds: [b.variantId], slotIds: [] }]);
  });

  it("a refused reservation writes nothing", async () => {
    const { variantId } = await stocked(1);
    const result = await reserve(variantId, 2, "refused");
    expect(result.ok).toBe(false);
    expect(await changesOf(variantId)).toEqual([]);
  });

  it("a slot becoming fully booked writes one; freeing a seat writes one; a booking that leaves room writes none", async () => {
    const { slotId } = await addServiceSlot(store.id, 3);
    await markBaseline();
    await storeDb(store.id).$transaction((tx) => reserveSlots(tx, store.id, [{ slotId, quantity: 2, label: "Class" }]));
    expect(await changesOf(slotId)).toEqual([]);
    await storeDb(store.id).$transaction((tx) => reserveSlots(tx, store.id, [{ slotId, quantity: 1, label: "Class" }]));
    expect(await changesOf(slotId)).toEqual([{ variantIds: [], slotIds: [slotId] }]);
    // releaseReservation frees the seats of an order's lines.
    const { productId } = await storeDb(store.id).serviceSlot.findFirstOrThrow({ where: { storeId: store.id, id: slotId }, select: { productId: true } });
    const order = await placedOrderWithSlot(productId, slotId);
    await storeDb(store.id).$transaction((tx) => releaseReservation(tx, store.id, order, "CANCELLATION", SYSTEM));
    expect(await changesOf(slotId)).toHaveLength(2);
  });

  it("adjustments and imports write it when they cross zero; transfers never do", async () => {
    const { variantId } = await stocked(1);
    const shop = await createStockLocation(store.id, staff, { name: `Shop ${variantId}` });
    await adjustStock(store.id, staff, { variantId, delta: 2, reason: "More" });
    expect(await changesOf(variantId)).toEqual([]);
    await transferStock(store.id, staff, { variantId, fromLocationId: (await defaultLocationOf(variantId))!, toLocationId: shop.id, quantity: 1 });
    expect(await changesOf(variantId)).toEqual([]);
    await importStockLevels(store.id, staff, {
      reason: "Count",
      rows: [
        { variantId, quantity: 0 },
        { variantId, locationId: shop.id, quantity: 0 },
      ],
    });
    expect(await changesOf(variantId)).toHaveLength(1);
    await adjustStock(store.id, staff, { variantId, delta: 4, reason: "Restock" });
    expect(await changesOf(variantId)).toHaveLength(2);
    expect((await events(store.id, "inventory.adjusted")).length).toBeGreaterThan(0);
  });

  it("200 concurrent reservations for 10 units write exactly one event for the variant", async () => {
    const { variantId } = await stocked(10);
    const results = await settleConcurrently(200, (i) =>
      storeDb(store.id).$transaction(async (tx) => {
        const result = await reserveStock(tx, store.id, [{ variantId, quantity: 1, label: "Tea" }], { orderId: `burst-${i}`, actor: SHOPPER });
        if (!result.ok) throw new OutOfStockError(result.outOfStock);
      }, CONCURRENT_TX),
    );
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as Error);
    expect(failures.filter((e) => !(e instanceof OutOfStockError)).map((e) => e.message)).toEqual([]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(await level(store.id, variantId)).toEqual({ onHand: 10, reserved: 10 });
    expect(await changesOf(variantId)).toEqual([{ variantIds: [variantId], slotIds: [] }]);
  });
});

class OutOfStockError extends Error {
  constructor(readonly items: TOutOfStockItem[]) {
    super("OUT_OF_STOCK");
  }
}

async function defaultLocationOf(variantId: string): Promise<string | undefined> {
  const row = await storeDb(store.id).stockLevel.findFirst({ where: { storeId: store.id, variantId, location: { isDefault: true } }, select: { locationId: true } });
  return row?.locationId;
}

/** A bare order with one line booking `slotId` once (enough for releaseReservation to free the seat). */
async function placedOrderWithSlot(productId: string, slotId: string): Promise<string> {
  const db = storeDb(store.id);
  const number = 5000 + Math.floor(Math.random() * 100_000);
  const order = await db.order.create({
    data: {
      storeId: store.id,
      number,
      email: "shopper@example.com",
      status: "OPEN",
      paymentStatus: "PENDING",
      fulfillmentStatus: "NOT_REQUIRED",
      paymentMethod: "COD",
      currency: "LKR",
      subtotalMinor: 1000n,
      shippingMinor: 0n,
      taxMinor: 0n,
      discountMinor: 0n,
      totalMinor: 1000n,
      pricesIncludeTax: false,
      requiresShipping: false,
      statusTokenHash: "x".repeat(64),
      checkoutKey: `k-${slotId}`,
    },
    select: { id: true },
  });
  await db.orderLine.create({
    data: {
      storeId: store.id,
      orderId: order.id,
      productId,
      slotId,
      productType: "SERVICE",
      title: "Class",
      variantTitle: "Default",
      sku: "CLASS",
      unitPriceMinor: 1000n,
      quantity: 1,
      taxMinor: 0n,
      totalMinor: 1000n,
      requiresShipping: false,
      position: 0,
    },
  });
  return order.id;
}
