/**
 * The inventory pages and their server actions with the session mocked (getPlatformActor);
 * membership, permissions, the inventory domain and the database are real. The form's one
 * "amount" field becomes the domain's delta or absolute quantity; refusals come back beside
 * the fields and write nothing; another store's variant is 404.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/components/dashboard/form-state";
import { disconnectDb } from "@/server/db";
import { adjustStock, getVariantInventory, listInventoryHistory, listStockLocations } from "@/server/inventory";
import { addProduct, ledgerMismatches, placeTestOrder } from "@/server/orders/int-test-support";
import { createStoresAB, form, outcome, session, storePageProps as params } from "../dashboard-test-support";

vi.mock("@/server/http/platform-auth", async (original) => (await import("../dashboard-test-session")).mockPlatformAuth(original));
vi.mock("next/headers", async () => (await import("../dashboard-test-session")).mockNextHeaders());
vi.mock("next/cache", async () => (await import("../dashboard-test-session")).mockNextCache());

const InventoryPage = (await import("./page")).default;
const VariantPage = (await import("./[variantId]/page")).default;
const LocationsPage = (await import("./locations/page")).default;
const actions = await import("./actions");

let a: { id: string; slug: string };
let b: { id: string; slug: string };
let ownerA: string;
let supportA: string;
let variantA: string;
let variantB: string;

const variantParams = (store: string, variantId: string) => ({ params: Promise.resolve({ store, variantId }), searchParams: Promise.resolve({}) });
const onHand = async (storeId: string, variantId: string) => (await getVariantInventory(storeId, variantId)).onHand;

beforeAll(async () => {
  let ownerB: string;
  ({ a, b, ownerA, memberA: supportA, ownerB } = await createStoresAB("stock", { a: { name: "Stock Store A", timeZone: "Asia/Colombo" }, b: { name: "Victim Stock B" } }));
  variantA = (await addProduct(a.id, [{ lowStockThreshold: null }])).variantId;
  variantB = (await addProduct(b.id)).variantId;
  await adjustStock(b.id, { kind: "user", userId: ownerB }, { variantId: variantB, delta: 7, reason: "opening" });
});

beforeEach(() => {
  session.userId = null;
});

afterAll(disconnectDb);

describe("inventory pages", () => {
  it("support staff (catalog:read) see the list, the low-stock list, a variant and the locations; another store's variant is 404", async () => {
    session.userId = supportA;
    expect(await outcome(() => InventoryPage(params(a.slug)))).toBe("ok");
    expect(await outcome(() => InventoryPage(params(a.slug, { view: "low" })))).toBe("ok");
    expect(await outcome(() => InventoryPage(params(a.slug, { q: "x".repeat(300) })))).toBe("ok");
    expect(await outcome(() => VariantPage(variantParams(a.slug, variantA)))).toBe("ok");
    expect(await outcome(() => LocationsPage({ params: Promise.resolve({ store: a.slug }) }))).toBe("ok");
    expect(await outcome(() => VariantPage(variantParams(a.slug, variantB)))).toBe("404");
    expect(await outcome(() => VariantPage(variantParams(b.slug, variantB)))).toBe("404");
  });
});

describe("inventory actions", () => {
  it("are refused to support staff (no inventory:write) and write nothing", async () => {
    session.userId = supportA;
    const results = [
      await actions.adjustStockAction(a.slug, variantA, IDLE, form({ mode: "delta", amount: "5", locationId: "", reason: "sneaky" })),
      await actions.setLowStockThresholdAction(a.slug, variantA, IDLE, form({ threshold: "3" })),
      await actions.createStockLocationAction(a.slug, IDLE, form({ name: "Back room" })),
    ];
    for (const r of results) expect(r).toMatchObject({ status: "error", message: expect.stringContaining("inventory:write") });
    expect(await listInventoryHistory(a.id, variantA)).toMatchObject({ total: 0 });
    expect((await listStockLocations(a.id)).map((l) => l.name)).not.toContain("Back room");
  });

  it("adjust by a signed change and to a counted quantity; the reason is in the history", async () => {
    session.userId = ownerA;
    const [main] = await listStockLocations(a.id);
    const added = await actions.adjustStockAction(a.slug, variantA, IDLE, form({ mode: "delta", amount: "+12", locationId: main!.id, reason: "Delivery from supplier" }));
    expect(added).toMatchObject({ status: "ok", message: expect.stringContaining("12 on hand") });
    expect(await onHand(a.id, variantA)).toBe(12);
    const removed = await actions.adjustStockAction(a.slug, variantA, IDLE, form({ mode: "delta", amount: "-2", locationId: main!.id, reason: "Damaged" }));
    expect(removed.status).toBe("ok");
    const counted = await actions.adjustStockAction(a.slug, variantA, IDLE, form({ mode: "set", amount: "4", locationId: main!.id, reason: "Stock count" }));
    expect(counted).toMatchObject({ status: "ok", message: expect.stringContaining("4 on hand") });
    expect(await onHand(a.id, variantA)).toBe(4);
    const history = await listInventoryHistory(a.id, variantA);
    expect(history.items.map((e) => [e.kind, e.onHandDelta, e.note, e.actorId])).toEqual([
      ["ADJUSTMENT", -6, "Stock count", ownerA],
      ["ADJUSTMENT", -2, "Damaged", ownerA],
      ["ADJUSTMENT", 12, "Delivery from supplier", ownerA],
    ]);
    expect(await ledgerMismatches(a.id)).toEqual([]);
  });

  it("refusals come back beside the amount or the reason, and write nothing", async () => {
    session.userId = ownerA;
    await placeTestOrder(a.id, { lines: [{ variantId: variantA, quantity: 3 }] });
    const entries = (await listInventoryHistory(a.id, variantA)).total;
    const belowReserved = await actions.adjustStockAction(a.slug, variantA, IDLE, form({ mode: "set", amount: "1", locationId: "", reason: "Recount" }));
    expect(belowReserved).toMatchObject({ status: "error", fieldErrors: { amount: expect.stringContaining("3 are reserved") } });
    const noReason = await actions.adjustStockAction(a.slug, variantA, IDLE, form({ mode: "delta", amount: "1", locationId: "", reason: " " }));
    expect(noReason.fieldErrors).toMatchObject({ reason: "Enter a reason" });
    const notANumber = await actions.adjustStockAction(a.slug, variantA, IDLE, form({ mode: "delta", amount: "lots", locationId: "", reason: "x" }));
    expect(notANumber.fieldErrors?.amount).toBeTruthy();
    const empty = await actions.adjustStockAction(a.slug, variantA, IDLE, form({ mode: "set", amount: "", locationId: "", reason: "x" }));
    expect(empty.fieldErrors?.amount).toBeTruthy();
    expect(empty.values).toMatchObject({ reason: "x", mode: "set" });
    expect((await listInventoryHistory(a.id, variantA)).total).toBe(entries);
    expect(await onHand(a.id, variantA)).toBe(4);
  });

  it("another store's variant or location is not found, and that store's stock does not change", async () => {
    session.userId = ownerA;
    const bLocation = (await listStockLocations(b.id))[0]!.id;
    const results = [
      await actions.adjustStockAction(a.slug, variantB, IDLE, form({ mode: "delta", amount: "5", locationId: "", reason: "x" })),
      await actions.adjustStockAction(b.slug, variantB, IDLE, form({ mode: "delta", amount: "5", locationId: "", reason: "x" })),
      await actions.adjustStockAction(a.slug, variantA, IDLE, form({ mode: "delta", amount: "5", locationId: bLocation, reason: "x" })),
      await actions.setLowStockThresholdAction(a.slug, variantB, IDLE, form({ threshold: "1" })),
      await actions.transferStockAction(a.slug, variantB, IDLE, form({ fromLocationId: bLocation, toLocationId: bLocation + "x", quantity: "1", note: "" })),
    ];
    for (const r of results) expect(r).toMatchObject({ status: "error", message: expect.stringMatching(/not found/i) });
    expect(await onHand(b.id, variantB)).toBe(7);
  });

  it("locations: add one (a taken name is refused on the field), transfer between them, set and clear the threshold", async () => {
    session.userId = ownerA;
    expect(await actions.createStockLocationAction(a.slug, IDLE, form({ name: "Galle shop" }))).toMatchObject({ status: "ok" });
    expect(await actions.createStockLocationAction(a.slug, IDLE, form({ name: "Galle shop" }))).toMatchObject({ status: "error", fieldErrors: { name: expect.stringContaining("already") } });
    const [main, shop] = await listStockLocations(a.id);
    const tooMany = await actions.transferStockAction(a.slug, variantA, IDLE, form({ fromLocationId: main!.id, toLocationId: shop!.id, quantity: "2", note: "" }));
    expect(tooMany).toMatchObject({ status: "error", fieldErrors: { quantity: expect.stringContaining("Only 1 available") } });
    const moved = await actions.transferStockAction(a.slug, variantA, IDLE, form({ fromLocationId: main!.id, toLocationId: shop!.id, quantity: "1", note: "" }));
    expect(moved).toMatchObject({ status: "ok", message: "Moved 1 from Main warehouse to Galle shop." });
    const levels = (await getVariantInventory(a.id, variantA)).levels.map((l) => [l.locationName, l.onHand, l.reserved]);
    expect(levels).toEqual([["Main warehouse", 3, 3], ["Galle shop", 1, 0]]);
    expect(await actions.setLowStockThresholdAction(a.slug, variantA, IDLE, form({ threshold: "5" }))).toMatchObject({ status: "ok", message: "Low-stock threshold set to 5." });
    expect((await getVariantInventory(a.id, variantA)).lowStockThreshold).toBe(5);
    expect(await actions.setLowStockThresholdAction(a.slug, variantA, IDLE, form({ threshold: "" }))).toMatchObject({ status: "ok", message: "Low-stock threshold removed." });
    expect((await getVariantInventory(a.id, variantA)).lowStockThreshold).toBeNull();
    expect(await ledgerMismatches(a.id)).toEqual([]);
  });
});
