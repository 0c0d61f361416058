import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import {
  adjustStock,
  commitReservation,
  createStockLocation,
  defaultLocationIdOf,
  DEFAULT_LOCATION_TTL_MS,
  ensureDefaultLocation,
  getVariantInventory,
  listProductInventories,
  listStockLocations,
  renameStockLocation,
  reserveStock,
  setDefaultStockLocation,
} from "./index";
import { addProduct, failure, ledgerMismatches, makeStore, makeUser } from "./int-test-support";

let store: { id: string };
let staff: Awaited<ReturnType<typeof makeUser>>;
const SYSTEM = { kind: "system" } as const;

beforeAll(async () => {
  store = await makeStore("inv-locations");
  staff = await makeUser();
});
afterAll(disconnectDb);

const defaults = async () => (await listStockLocations(store.id)).filter((l) => l.isDefault).map((l) => l.name);
const audit = (action: string, targetId: string) => storeDb(store.id).auditLogEntry.findMany({ where: { storeId: store.id, action, targetId }, select: { data: true } });

describe("renaming a stock location", () => {
  it("renames it, keeps its stock and history under the new name, and audits both names", async () => {
    const shop = await createStockLocation(store.id, staff, { name: "Galle shop" });
    const { variantId } = await addProduct(store.id);
    await adjustStock(store.id, staff, { variantId, locationId: shop.id, quantity: 4, reason: "Counted" });

    const renamed = await renameStockLocation(store.id, staff, shop.id, { name: "  Galle Fort shop " });
    expect(renamed).toMatchObject({ id: shop.id, name: "Galle Fort shop", isDefault: false });
    const level = await storeDb(store.id).stockLevel.findFirstOrThrow({ where: { storeId: store.id, variantId, locationId: shop.id } });
    expect(level.onHand).toBe(4);
    expect((await audit("inventory.location_renamed", shop.id)).map((e) => e.data)).toEqual([{ from: "Galle shop", to: "Galle Fort shop" }]);
    // The same name again changes nothing and audits nothing.
    await renameStockLocation(store.id, staff, shop.id, { name: "Galle Fort shop" });
    expect(await audit("inventory.location_renamed", shop.id)).toHaveLength(1);
  });

  it("refuses a name another location has (409 on name) and an empty one (a validation issue on name), changing nothing", async () => {
    const a = await createStockLocation(store.id, staff, { name: "Kandy store" });
    await createStockLocation(store.id, staff, { name: "Jaffna store" });
    const taken = await failure(renameStockLocation(store.id, staff, a.id, { name: "jaffna STORE" }));
    expect([taken.code, taken.details?.fields?.[0]?.path]).toEqual(["CONFLICT", "name"]);
    const empty = await failure(renameStockLocation(store.id, staff, a.id, { name: "  " }));
    expect(empty.issues?.map((i) => i.path)).toEqual([["name"]]);
    expect((await listStockLocations(store.id)).find((l) => l.id === a.id)?.name).toBe("Kandy store");
  });
});

describe("choosing the default location", () => {
  it("moves the default, so checkout reserves and unnamed adjustments go there; reservations already made stay where they were", async () => {
    const main = await ensureDefaultLocation(store.id);
    const annex = await createStockLocation(store.id, staff, { name: "Annex" });
    const { variantId } = await addProduct(store.id);
    await adjustStock(store.id, staff, { variantId, quantity: 3, reason: "At main" });
    await adjustStock(store.id, staff, { variantId, locationId: annex.id, quantity: 3, reason: "At annex" });
    await storeDb(store.id).$transaction((tx) => reserveStock(tx, store.id, [{ variantId, quantity: 2, label: "V" }], { orderId: "before-switch", actor: SYSTEM }));
    expect(await defaultLocationIdOf(store.id)).toBe(main.id);

    const made = await setDefaultStockLocation(store.id, staff, annex.id);
    expect(made).toMatchObject({ id: annex.id, isDefault: true });
    expect(await defaults()).toEqual(["Annex"]);
    expect((await ensureDefaultLocation(store.id)).id).toBe(annex.id);
    // This process sees the change at once, although it kept the old default a moment ago.
    expect(await defaultLocationIdOf(store.id)).toBe(annex.id);
    expect((await audit("inventory.location_made_default", annex.id)).map((e) => e.data)).toEqual([{ name: "Annex", previous: main.name }]);

    await adjustStock(store.id, staff, { variantId, delta: 5, reason: "Unnamed goes to the default" });
    await storeDb(store.id).$transaction((tx) => reserveStock(tx, store.id, [{ variantId, quantity: 1, label: "V" }], { orderId: "after-switch", actor: SYSTEM }));
    const levels = Object.fromEntries(
      (await storeDb(store.id).stockLevel.findMany({ where: { storeId: store.id, variantId }, select: { locationId: true, onHand: true, reserved: true } })).map((l) => [l.locationId, [l.onHand, l.reserved]]),
    );
    expect(levels).toEqual({ [main.id]: [3, 2], [annex.id]: [8, 1] });
    // Paying the order reserved before the switch sells from where it was reserved.
    await storeDb(store.id).$transaction((tx) => commitReservation(tx, store.id, "before-switch", SYSTEM));
    const main2 = await storeDb(store.id).stockLevel.findFirstOrThrow({ where: { storeId: store.id, variantId, locationId: main.id } });
    expect([main2.onHand, main2.reserved]).toEqual([1, 0]);
    expect(await ledgerMismatches(store.id)).toEqual([]);

    // Making the default the default again changes and audits nothing.
    await setDefaultStockLocation(store.id, staff, annex.id);
    expect(await audit("inventory.location_made_default", annex.id)).toHaveLength(1);
    await setDefaultStockLocation(store.id, staff, main.id);
    expect(await defaults()).toEqual([main.name]);
  });

  it("keeps exactly one default when staff choose different ones at the same moment", async () => {
    const choices = await Promise.all(["North", "South", "East", "West"].map((name) => createStockLocation(store.id, staff, { name: `${name} depot` })));
    await Promise.all(choices.map((l) => setDefaultStockLocation(store.id, staff, l.id)));
    const chosen = await defaults();
    expect(chosen).toHaveLength(1);
    expect(choices.map((l) => l.name)).toContain(chosen[0]);
    await setDefaultStockLocation(store.id, staff, (await listStockLocations(store.id)).find((l) => l.name === "Main warehouse")!.id);
  });

  it("is refused for an unknown location", async () => {
    expect((await failure(setDefaultStockLocation(store.id, staff, "cnotalocation000000000000"))).code).toBe("NOT_FOUND");
  });

  it("is kept per process for a while, then read again", async () => {
    const other = await makeStore("inv-locations-ttl");
    const first = await defaultLocationIdOf(other.id, 1_000);
    const moved = await createStockLocation(other.id, staff, { name: "Moved" });
    // Another instance moving the default: this process's copy is not told.
    await storeDb(other.id).$executeRaw`UPDATE StockLocation SET isDefault = (id = ${moved.id}) WHERE storeId = ${other.id}`;
    expect(await defaultLocationIdOf(other.id, 1_000 + DEFAULT_LOCATION_TTL_MS - 1)).toBe(first);
    expect(await defaultLocationIdOf(other.id, 1_000 + DEFAULT_LOCATION_TTL_MS)).toBe(moved.id);
  });
});

describe("the stock of a page of products", () => {
  it("gives every variant of the products, in catalog order, at every location (0 where it has none), as getVariantInventory does; another store's products are absent", async () => {
    const shop = await makeStore("inv-list");
    const other = await makeStore("inv-list-other");
    const annex = await createStockLocation(shop.id, staff, { name: "Annex" });
    const tea = await addProduct(shop.id, [{ sku: "TEA-S" }, { sku: "TEA-L", lowStockThreshold: 2 }]);
    const cup = await addProduct(shop.id, [{ sku: "CUP" }]);
    const foreign = await addProduct(other.id, [{ sku: "FOREIGN" }]);
    await adjustStock(shop.id, staff, { variantId: tea.variantIds[1]!, quantity: 5, reason: "Counted" });
    await adjustStock(shop.id, staff, { variantId: tea.variantIds[1]!, locationId: annex.id, quantity: 2, reason: "Counted" });
    await storeDb(shop.id).$transaction((tx) => reserveStock(tx, shop.id, [{ variantId: tea.variantIds[1]!, quantity: 3, label: "T" }], { orderId: "list-order", actor: SYSTEM }));

    const listed = await listProductInventories(shop.id, [cup.productId, tea.productId, foreign.productId]);
    expect([...listed.keys()].sort()).toEqual([cup.productId, tea.productId].sort());
    expect(listed.get(tea.productId)!.map((v) => v.sku)).toEqual(["TEA-S", "TEA-L"]);
    const large = listed.get(tea.productId)![1]!;
    expect(large).toMatchObject({ onHand: 7, reserved: 3, available: 4, lowStockThreshold: 2 });
    expect(large.levels.map((l) => [l.locationName, l.isDefault, l.onHand, l.reserved, l.available])).toEqual([
      ["Main warehouse", true, 5, 3, 2],
      ["Annex", false, 2, 0, 2],
    ]);
    expect(listed.get(tea.productId)![0]!.levels.map((l) => l.onHand)).toEqual([0, 0]);
    for (const v of [...listed.values()].flat()) expect(v).toEqual(await getVariantInventory(shop.id, v.variantId));
    expect(await listProductInventories(other.id, [tea.productId, cup.productId])).toEqual(new Map());
    expect(await listProductInventories(shop.id, [])).toEqual(new Map());
  });
});
