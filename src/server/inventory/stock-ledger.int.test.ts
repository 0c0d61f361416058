import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import {
  adjustStock,
  availabilityOf,
  commitReservation,
  createStockLocation,
  ensureDefaultLocation,
  getVariantInventory,
  importStockLevels,
  listInventoryHistory,
  listLowStock,
  releaseReservation,
  reserveStock,
  setLowStockThreshold,
  transferStock,
} from "./index";
import { addProduct, addServiceSlot, events, failure, ledgerMismatches, level, makeStore, makeUser } from "./int-test-support";

let store: { id: string };
let staff: Awaited<ReturnType<typeof makeUser>>;
const SYSTEM = { kind: "system" } as const;

beforeAll(async () => {
  store = await makeStore("inv-ledger");
  staff = await makeUser();
});
afterAll(disconnectDb);

const reserveIn = (variantId: string, quantity: number, orderId: string) =>
  storeDb(store.id).$transaction((tx) => reserveStock(tx, store.id, [{ variantId, quantity, label: "Item" }], { orderId, actor: SYSTEM }));

describe("stock ledger", () => {
  it("keeps every level equal to the sums of its ledger through adjustments, transfers, reservations, sales and releases", async () => {
    const { variantId } = await addProduct(store.id, [{ lowStockThreshold: 3 }]);
    const main = await ensureDefaultLocation(store.id);
    const shop = await createStockLocation(store.id, staff, { name: "Shop floor" });

    await adjustStock(store.id, staff, { variantId, delta: 10, reason: "Received" });
    await adjustStock(store.id, staff, { variantId, quantity: 12, reason: "Count" });
    await transferStock(store.id, staff, { variantId, fromLocationId: main.id, toLocationId: shop.id, quantity: 4 });
    expect(await level(store.id, variantId, main.id)).toEqual({ onHand: 8, reserved: 0 });
    expect(await level(store.id, variantId, shop.id)).toEqual({ onHand: 4, reserved: 0 });

    expect(await reserveIn(variantId, 5, "order-x")).toEqual({ ok: true });
    expect(await level(store.id, variantId, main.id)).toEqual({ onHand: 8, reserved: 5 });
    // 3 left at the default and 4 at the shop: no single location has 6, together they do.
    expect(await reserveIn(variantId, 6, "order-y")).toEqual({ ok: true });
    expect(await level(store.id, variantId, main.id)).toEqual({ onHand: 8, reserved: 8 });
    expect(await level(store.id, variantId, shop.id)).toEqual({ onHand: 4, reserved: 3 });
    expect(await availabilityOf(store.id, [variantId])).toEqual(new Map([[variantId, 1]]));
    expect(await reserveIn(variantId, 2, "order-z")).toEqual({ ok: false, outOfStock: [{ variantId, label: "Item", available: 1 }] });

    await storeDb(store.id).$transaction((tx) => commitReservation(tx, store.id, "order-x", SYSTEM));
    await storeDb(store.id).$transaction((tx) => commitReservation(tx, store.id, "order-x", SYSTEM));
    expect(await level(store.id, variantId, main.id)).toEqual({ onHand: 3, reserved: 3 });
    await storeDb(store.id).$transaction((tx) => releaseReservation(tx, store.id, "order-y", "CANCELLATION", SYSTEM));
    await storeDb(store.id).$transaction((tx) => releaseReservation(tx, store.id, "order-y", "CANCELLATION", SYSTEM));
    expect(await level(store.id, variantId, main.id)).toEqual({ onHand: 3, reserved: 0 });
    expect(await level(store.id, variantId, shop.id)).toEqual({ onHand: 4, reserved: 0 });
    await adjustStock(store.id, staff, { variantId, locationId: shop.id, delta: -1, reason: "Damaged" });

    expect(await ledgerMismatches(store.id)).toEqual([]);
    const inventory = await getVariantInventory(store.id, variantId);
    expect({ onHand: inventory.onHand, reserved: inventory.reserved, available: inventory.available }).toEqual({ onHand: 6, reserved: 0, available: 6 });
    expect(inventory.levels.map((l) => [l.locationName, l.onHand])).toEqual([["Main warehouse", 3], ["Shop floor", 3]]);

    const kinds = (await listInventoryHistory(store.id, variantId, { pageSize: 100 })).items.map((e) => e.kind).reverse();
    expect(kinds).toEqual(["ADJUSTMENT", "ADJUSTMENT", "TRANSFER", "TRANSFER", "RESERVATION", "RESERVATION", "RESERVATION", "SALE", "CANCELLATION", "CANCELLATION", "ADJUSTMENT"]);
    const page2 = await listInventoryHistory(store.id, variantId, { page: 2, pageSize: 4 });
    expect({ total: page2.total, pageCount: page2.pageCount, items: page2.items.length }).toEqual({ total: 11, pageCount: 3, items: 4 });

    // The threshold (3) was crossed once: when order-y's reservation took available from 7 to 1.
    const low = (await events(store.id, "inventory.low_stock")).map((e) => e.payload);
    expect(low).toEqual([{ variantId, available: 1, threshold: 3 }]);
  });

  it("refuses adjustments below what is reserved, of untracked variants, and ambiguous input, writing nothing", async () => {
    const { variantId } = await addProduct(store.id);
    const { variantId: untracked } = await addProduct(store.id, [{ trackInventory: false }]);
    await adjustStock(store.id, staff, { variantId, quantity: 5, reason: "Count" });
    await reserveIn(variantId, 4, "order-hold");
    const below = await failure(adjustStock(store.id, staff, { variantId, quantity: 3, reason: "Count" }));
    expect(below.code).toBe("VALIDATION_FAILED");
    expect(below.details?.fields?.[0]?.path).toBe("quantity");
    expect((await failure(adjustStock(store.id, staff, { variantId: untracked, delta: 5, reason: "x" }))).code).toBe("VALIDATION_FAILED");
    expect((await failure(adjustStock(store.id, staff, { variantId, delta: 1, quantity: 2, reason: "x" }))).issues?.length).toBeGreaterThan(0);
    expect((await failure(adjustStock(store.id, staff, { variantId, delta: 1, reason: "" }))).issues?.length).toBeGreaterThan(0);
    const shop = await createStockLocation(store.id, staff, { name: `Other ${variantId}` });
    expect((await failure(transferStock(store.id, staff, { variantId, fromLocationId: (await ensureDefaultLocation(store.id)).id, toLocationId: shop.id, quantity: 2 }))).code).toBe("VALIDATION_FAILED");
    expect(await level(store.id, variantId)).toEqual({ onHand: 5, reserved: 4 });
    expect((await listInventoryHistory(store.id, variantId)).total).toBe(2);
    expect((await failure(createStockLocation(store.id, staff, { name: `Other ${variantId}` }))).code).toBe("CONFLICT");
  });

  it("never counts untracked variants or services as out of stock, and writes no entries for them", async () => {
    const { variantId: untracked } = await addProduct(store.id, [{ trackInventory: false }]);
    const { variantId: digital } = await addProduct(store.id, [{ trackInventory: false }], "DIGITAL");
    const { variantId: service } = await addServiceSlot(store.id, 2);
    const result = await storeDb(store.id).$transaction((tx) =>
      reserveStock(tx, store.id, [{ variantId: untracked, quantity: 40, label: "A" }, { variantId: digital, quantity: 3, label: "B" }, { variantId: service, quantity: 1, label: "C" }], { orderId: "order-u", actor: SYSTEM }),
    );
    expect(result).toEqual({ ok: true });
    expect(await availabilityOf(store.id, [untracked, digital, service, "nope"])).toEqual(new Map([[untracked, null], [digital, null], [service, null]]));
    expect(await storeDb(store.id).inventoryLedgerEntry.count({ where: { storeId: store.id, reference: "order:order-u" } })).toBe(0);
  });

  it("undoes a partial reservation when a later line is out of stock, even if the caller commits", async () => {
    const first = await addProduct(store.id);
    const second = await addProduct(store.id);
    await adjustStock(store.id, staff, { variantId: first.variantId, quantity: 5, reason: "Count" });
    await adjustStock(store.id, staff, { variantId: second.variantId, quantity: 1, reason: "Count" });
    const result = await storeDb(store.id).$transaction((tx) =>
      reserveStock(tx, store.id, [{ variantId: first.variantId, quantity: 2, label: "First" }, { variantId: second.variantId, quantity: 2, label: "Second" }], { orderId: "order-p", actor: SYSTEM }),
    );
    expect(result).toEqual({ ok: false, outOfStock: [{ variantId: second.variantId, label: "Second", available: 1 }] });
    expect(await level(store.id, first.variantId)).toEqual({ onHand: 5, reserved: 0 });
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("lists variants at or under their threshold, emptiest first, and reports a threshold set under the stock", async () => {
    const other = await makeStore("inv-low");
    const a = await addProduct(other.id, [{ lowStockThreshold: 5 }]);
    const b = await addProduct(other.id, [{ lowStockThreshold: 5 }]);
    const c = await addProduct(other.id);
    await adjustStock(other.id, staff, { variantId: a.variantId, quantity: 4, reason: "Count" });
    await adjustStock(other.id, staff, { variantId: b.variantId, quantity: 9, reason: "Count" });
    await adjustStock(other.id, staff, { variantId: c.variantId, quantity: 1, reason: "Count" });
    expect((await listLowStock(other.id)).items.map((i) => [i.variantId, i.available])).toEqual([[a.variantId, 4]]);
    await setLowStockThreshold(other.id, staff, { variantId: c.variantId, threshold: 2 });
    expect((await listLowStock(other.id)).items.map((i) => i.variantId)).toEqual([c.variantId, a.variantId]);
    // Stocking a up to 4 (under its threshold 5) is a rise, not a drop: only the new threshold reports.
    expect((await events(other.id, "inventory.low_stock")).map((e) => e.payload)).toEqual([{ variantId: c.variantId, available: 1, threshold: 2 }]);
    await adjustStock(other.id, staff, { variantId: b.variantId, delta: -4, reason: "Damaged" });
    expect((await events(other.id, "inventory.low_stock")).map((e) => e.payload)).toEqual([
      { variantId: c.variantId, available: 1, threshold: 2 },
      { variantId: b.variantId, available: 5, threshold: 5 },
    ]);
  });

  it("imports absolute quantities for many variants at once, all or nothing", async () => {
    const a = await addProduct(store.id);
    const b = await addProduct(store.id);
    const { variantId: untracked } = await addProduct(store.id, [{ trackInventory: false }]);
    expect(await importStockLevels(store.id, staff, { rows: [{ variantId: a.variantId, quantity: 7 }, { variantId: b.variantId, quantity: 3 }], reason: "Opening stock" }, { reference: "import:1" })).toEqual({ changed: 2 });
    await reserveIn(a.variantId, 5, "order-imp");
    const refused = await failure(importStockLevels(store.id, staff, { rows: [{ variantId: b.variantId, quantity: 9 }, { variantId: a.variantId, quantity: 4 }], reason: "Recount" }));
    expect([refused.code, refused.details?.fields?.map((f) => f.path)]).toEqual(["VALIDATION_FAILED", ["rows.1.quantity"]]);
    expect((await failure(importStockLevels(store.id, staff, { rows: [{ variantId: untracked, quantity: 1 }], reason: "x" }))).details?.fields?.[0]?.path).toBe("rows.0.variantId");
    expect(await level(store.id, a.variantId)).toEqual({ onHand: 7, reserved: 5 });
    expect(await level(store.id, b.variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await importStockLevels(store.id, staff, { rows: [{ variantId: a.variantId, quantity: 7 }], reason: "Same" })).toEqual({ changed: 0 });
    expect((await listInventoryHistory(store.id, a.variantId)).items.map((e) => [e.kind, e.reference])).toEqual([["RESERVATION", "order:order-imp"], ["IMPORT", "import:1"]]);
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });
});
