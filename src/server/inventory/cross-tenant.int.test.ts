import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import {
  adjustStock,
  availabilityOf,
  commitReservation,
  createStockLocation,
  ensureDefaultLocation,
  getVariantInventory,
  listInventoryHistory,
  listLowStock,
  listStockLocations,
  releaseReservation,
  renameStockLocation,
  reserveSlots,
  reserveStock,
  setDefaultStockLocation,
  setLowStockThreshold,
  slotAvailabilityOf,
  transferStock,
} from "./index";
import { addProduct, addServiceSlot, failure, ledgerMismatches, level, makeStore, makeUser } from "./int-test-support";

/** Store A (the attacker) holds ids of store B (the victim) and tries every inventory operation with them. */
let a: { id: string };
let b: { id: string };
let staff: Awaited<ReturnType<typeof makeUser>>;
const victim = { variant: "", location: "", slot: "" };
let ownVariant = "";
let ownLocation = "";
const SYSTEM = { kind: "system" } as const;

beforeAll(async () => {
  a = await makeStore("inv-attacker");
  b = await makeStore("inv-victim");
  staff = await makeUser();
  const { variantId } = await addProduct(b.id, [{ lowStockThreshold: 50 }]);
  await adjustStock(b.id, staff, { variantId, quantity: 7, reason: "Received" });
  await storeDb(b.id).$transaction((tx) => reserveStock(tx, b.id, [{ variantId, quantity: 2, label: "V" }], { orderId: "victim-order", actor: SYSTEM }));
  const { slotId } = await addServiceSlot(b.id, 3);
  Object.assign(victim, { variant: variantId, location: (await ensureDefaultLocation(b.id)).id, slot: slotId });
  ownVariant = (await addProduct(a.id)).variantId;
  ownLocation = (await createStockLocation(a.id, staff, { name: "Attic" })).id;
});
afterAll(disconnectDb);

const notFound = async (promise: Promise<unknown>) => expect((await failure(promise)).code).toBe("NOT_FOUND");

describe("inventory across stores", () => {
  it("cannot read another store's stock", async () => {
    await notFound(getVariantInventory(a.id, victim.variant));
    await notFound(listInventoryHistory(a.id, victim.variant));
    expect(await availabilityOf(a.id, [victim.variant])).toEqual(new Map());
    expect(await slotAvailabilityOf(a.id, [victim.slot])).toEqual(new Map());
    const listed = JSON.stringify([await listLowStock(a.id), await listStockLocations(a.id)]);
    for (const trace of [victim.variant, victim.location]) expect(listed).not.toContain(trace);
  });

  it("cannot change another store's stock, locations, thresholds, reservations or slots", async () => {
    await notFound(adjustStock(a.id, staff, { variantId: victim.variant, delta: 100, reason: "x" }));
    await notFound(adjustStock(a.id, staff, { variantId: ownVariant, locationId: victim.location, delta: 1, reason: "x" }));
    await notFound(transferStock(a.id, staff, { variantId: victim.variant, fromLocationId: victim.location, toLocationId: ownLocation, quantity: 1 }));
    await notFound(transferStock(a.id, staff, { variantId: ownVariant, fromLocationId: victim.location, toLocationId: ownLocation, quantity: 1 }));
    await notFound(setLowStockThreshold(a.id, staff, { variantId: victim.variant, threshold: 1 }));
    await notFound(renameStockLocation(a.id, staff, victim.location, { name: "Taken over" }));
    await notFound(setDefaultStockLocation(a.id, staff, victim.location));
    await notFound(storeDb(a.id).$transaction((tx) => reserveStock(tx, a.id, [{ variantId: victim.variant, quantity: 1, label: "V" }], { orderId: "attack", actor: SYSTEM })));
    await notFound(storeDb(a.id).$transaction((tx) => reserveSlots(tx, a.id, [{ slotId: victim.slot, quantity: 1, label: "S" }])));
    await storeDb(a.id).$transaction((tx) => commitReservation(tx, a.id, "victim-order", SYSTEM));
    await storeDb(a.id).$transaction((tx) => releaseReservation(tx, a.id, "victim-order", "CANCELLATION", SYSTEM));

    expect(await level(b.id, victim.variant)).toEqual({ onHand: 7, reserved: 2 });
    const variant = await storeDb(b.id).productVariant.findFirstOrThrow({ where: { storeId: b.id, id: victim.variant } });
    expect(variant.lowStockThreshold).toBe(50);
    expect((await storeDb(b.id).serviceSlot.findFirstOrThrow({ where: { storeId: b.id, id: victim.slot } })).booked).toBe(0);
    expect(await ledgerMismatches(b.id)).toEqual([]);
    expect(await storeDb(a.id).inventoryLedgerEntry.count({ where: { storeId: a.id } })).toBe(0);
    expect((await listStockLocations(b.id)).map((l) => [l.id, l.name, l.isDefault])).toEqual([[victim.location, "Main warehouse", true]]);
  });
});
