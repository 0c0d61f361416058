import { beforeAll, describe, expect, it } from "vitest";
import { storeDb } from "@/server/db";
import { addCartLine, createCart, getCartView, removeCartLine, updateCartLine } from "@/server/cart";
import { failure, fieldPaths, makeProduct, makeSlot, makeStore, setStock } from "./int-test-support";

let store: Awaited<ReturnType<typeof makeStore>>;
let teapot: Awaited<ReturnType<typeof makeProduct>>;

beforeAll(async () => {
  store = await makeStore("cart");
  teapot = await makeProduct(store.id, {
    title: "Blue teapot",
    variants: [
      { title: "Small", priceMinor: 2_500n, weightGrams: 400 },
      { title: "Large", priceMinor: 3_900n, weightGrams: 900 },
    ],
  });
  await setStock(store.id, teapot.variants[0]!.id, 20);
  await setStock(store.id, teapot.variants[1]!.id, 3);
});

const linesOf = (cartId: string) => storeDb(store.id).cartLine.findMany({ where: { storeId: store.id, cartId }, select: { variantId: true, quantity: true, slotId: true } });

describe("cart lines", () => {
  it("creates carts with 32 unguessable base64url characters", async () => {
    const a = await createCart(store.id);
    const b = await createCart(store.id);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({ lines: [], itemCount: 0, subtotalMinor: 0n, currency: "LKR", requiresShipping: false });
  });

  it("adds a variant, adds again to the same line, and prices it from the catalog", async () => {
    const cart = await createCart(store.id);
    await addCartLine(store.id, cart.id, { variantId: teapot.variants[0]!.id, quantity: 2 });
    const view = await addCartLine(store.id, cart.id, { variantId: teapot.variants[0]!.id, quantity: "3" });
    expect(view.lines).toHaveLength(1);
    expect(view.lines[0]).toMatchObject({
      title: "Blue teapot",
      variantTitle: "Small",
      sku: teapot.variants[0]!.sku,
      quantity: 5,
      unitPriceMinor: 2_500n,
      unitPrice: "25.00",
      lineTotalMinor: 12_500n,
      lineTotal: "125.00",
      available: 20,
      requiresShipping: true,
      problems: [],
    });
    expect(view).toMatchObject({ itemCount: 5, subtotalMinor: 12_500n, subtotal: "125.00", requiresShipping: true, hasProblems: false });
  });

  it("recomputes prices and problems from the catalog on every read", async () => {
    const product = await makeProduct(store.id, { title: "Mug", variants: [{ priceMinor: 1_000n }] });
    await setStock(store.id, product.variants[0]!.id, 10);
    const cart = await createCart(store.id);
    await addCartLine(store.id, cart.id, { variantId: product.variants[0]!.id, quantity: 4 });
    await storeDb(store.id).productVariant.updateMany({ where: { storeId: store.id, id: product.variants[0]!.id }, data: { priceMinor: 1_250n } });
    await setStock(store.id, product.variants[0]!.id, 3);
    let view = await getCartView(store.id, cart.id);
    expect(view.lines[0]).toMatchObject({ unitPriceMinor: 1_250n, lineTotalMinor: 5_000n, available: 3 });
    expect(view.lines[0]!.problems.map((p) => p.code)).toEqual(["NOT_ENOUGH_STOCK"]);
    expect(view.hasProblems).toBe(true);
    await setStock(store.id, product.variants[0]!.id, 0);
    view = await getCartView(store.id, cart.id);
    expect(view.lines[0]!.problems.map((p) => p.code)).toEqual(["SOLD_OUT"]);
    await storeDb(store.id).product.updateMany({ where: { storeId: store.id, id: product.id }, data: { status: "ARCHIVED" } });
    view = await getCartView(store.id, cart.id);
    expect(view.lines[0]!.problems).toEqual([{ code: "PRODUCT_UNAVAILABLE", message: "Mug is no longer available" }]);
  });

  it("refuses zero, negative, fractional, huge and non-numeric quantities with 422 and writes nothing", async () => {
    const cart = await createCart(store.id);
    for (const quantity of [0, -1, 1.5, 1_000_000, 1e300, "abc", "", null, true]) {
      const error = await failure(addCartLine(store.id, cart.id, { variantId: teapot.variants[0]!.id, quantity }));
      expect([...new Set(fieldPaths(error))], String(quantity)).toEqual(["quantity"]);
    }
    expect(await linesOf(cart.id)).toEqual([]);
  });

  it("refuses a client-sent price or any other unknown key (422), and writes nothing", async () => {
    const cart = await createCart(store.id);
    const error = await failure(addCartLine(store.id, cart.id, { variantId: teapot.variants[0]!.id, quantity: 1, priceMinor: "1" }));
    expect(error.issues?.[0]).toMatchObject({ code: "unrecognized_keys" });
    expect(await linesOf(cart.id)).toEqual([]);
  });

  it("keeps a line within the store's per-line maximum", async () => {
    const shop = await makeStore("cart-max");
    await storeDb(shop.id).checkoutSettings.create({ data: { storeId: shop.id, shipCountries: ["LK"], maxLineQuantity: 5 } });
    const p = await makeProduct(shop.id, { variants: [{ priceMinor: 100n, trackInventory: false }] });
    const cart = await createCart(shop.id);
    expect(fieldPaths(await failure(addCartLine(shop.id, cart.id, { variantId: p.variants[0]!.id, quantity: 6 })))).toEqual(["quantity"]);
    await addCartLine(shop.id, cart.id, { variantId: p.variants[0]!.id, quantity: 4 });
    const error = await failure(addCartLine(shop.id, cart.id, { variantId: p.variants[0]!.id, quantity: 2 }));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED" });
    const view = await getCartView(shop.id, cart.id);
    expect(view.lines[0]).toMatchObject({ quantity: 4, available: null });
    expect(view.maxLineQuantity).toBe(5);
  });

  it("refuses more than is in stock with OUT_OF_STOCK naming what is left", async () => {
    const cart = await createCart(store.id);
    const error = await failure(addCartLine(store.id, cart.id, { variantId: teapot.variants[1]!.id, quantity: 4 }));
    expect(error).toMatchObject({ code: "OUT_OF_STOCK", details: { fields: [{ path: "quantity", message: "Only 3 of Blue teapot left" }] } });
    expect(await linesOf(cart.id)).toEqual([]);
  });

  it("refuses unknown, draft, archived and another store's variants with 404 on variantId", async () => {
    const other = await makeStore("cart-other");
    const foreign = await makeProduct(other.id, { variants: [{ priceMinor: 100n }] });
    const draft = await makeProduct(store.id, { status: "DRAFT", variants: [{ priceMinor: 100n }] });
    const archived = await makeProduct(store.id, { status: "ARCHIVED", variants: [{ priceMinor: 100n }] });
    const cart = await createCart(store.id);
    for (const variantId of ["nope", foreign.variants[0]!.id, draft.variants[0]!.id, archived.variants[0]!.id]) {
      const error = await failure(addCartLine(store.id, cart.id, { variantId, quantity: 1 }));
      expect(error).toMatchObject({ code: "NOT_FOUND", details: { fields: [{ path: "variantId" }] } });
    }
    expect(await linesOf(cart.id)).toEqual([]);
  });

  it("updates and removes lines; another cart's line is not found", async () => {
    const cart = await createCart(store.id);
    const other = await createCart(store.id);
    const view = await addCartLine(store.id, cart.id, { variantId: teapot.variants[0]!.id, quantity: 1 });
    const lineId = view.lines[0]!.id;
    expect((await updateCartLine(store.id, cart.id, lineId, { quantity: 7 })).lines[0]!.quantity).toBe(7);
    expect(fieldPaths(await failure(updateCartLine(store.id, cart.id, lineId, { quantity: 0 })))).toEqual(["quantity"]);
    expect(await failure(updateCartLine(store.id, cart.id, lineId, { quantity: 21 }))).toMatchObject({ code: "OUT_OF_STOCK" });
    expect(await failure(updateCartLine(store.id, other.id, lineId, { quantity: 2 }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(removeCartLine(store.id, other.id, lineId))).toMatchObject({ code: "NOT_FOUND" });
    expect((await removeCartLine(store.id, cart.id, lineId)).lines).toEqual([]);
    expect(await failure(removeCartLine(store.id, cart.id, lineId))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("an unknown cart id is not found", async () => {
    expect(await failure(getCartView(store.id, "A".repeat(32)))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(addCartLine(store.id, "A".repeat(32), { variantId: teapot.variants[0]!.id, quantity: 1 }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("service bookings", () => {
  it("needs a future slot of the same product with seats left", async () => {
    const other = await makeStore("cart-slot-other");
    const massage = await makeProduct(store.id, { title: "Massage", type: "SERVICE", variants: [{ priceMinor: 8_000n }] });
    const yoga = await makeProduct(store.id, { title: "Yoga", type: "SERVICE", variants: [{ priceMinor: 2_000n }] });
    const foreign = await makeProduct(other.id, { type: "SERVICE", variants: [{ priceMinor: 2_000n }] });
    const slot = await makeSlot(store.id, massage.id, { capacity: 2 });
    const past = await makeSlot(store.id, massage.id, { startsInHours: -2 });
    const yogaSlot = await makeSlot(store.id, yoga.id);
    const foreignSlot = await makeSlot(other.id, foreign.id);
    const cart = await createCart(store.id);
    const variantId = massage.variants[0]!.id;

    expect(fieldPaths(await failure(addCartLine(store.id, cart.id, { variantId, quantity: 1 })))).toEqual(["slotId"]);
    expect(await failure(addCartLine(store.id, cart.id, { variantId, quantity: 1, slotId: yogaSlot.id }))).toMatchObject({ code: "NOT_FOUND", details: { fields: [{ path: "slotId" }] } });
    expect(await failure(addCartLine(store.id, cart.id, { variantId, quantity: 1, slotId: foreignSlot.id }))).toMatchObject({ code: "NOT_FOUND", details: { fields: [{ path: "slotId" }] } });
    expect(await failure(addCartLine(store.id, cart.id, { variantId, quantity: 1, slotId: past.id }))).toMatchObject({ code: "VALIDATION_FAILED", details: { fields: [{ path: "slotId" }] } });
    expect(await failure(addCartLine(store.id, cart.id, { variantId, quantity: 3, slotId: slot.id }))).toMatchObject({ code: "OUT_OF_STOCK" });
    expect(fieldPaths(await failure(addCartLine(store.id, cart.id, { variantId: teapot.variants[0]!.id, quantity: 1, slotId: slot.id })))).toEqual(["slotId"]);
    expect(await linesOf(cart.id)).toEqual([]);

    const view = await addCartLine(store.id, cart.id, { variantId, quantity: 2, slotId: slot.id });
    expect(view.lines[0]).toMatchObject({ title: "Massage", quantity: 2, available: 2, requiresShipping: false, slot: { id: slot.id, startsAt: slot.startsAt }, problems: [] });
    expect(view.requiresShipping).toBe(false);
  });
});
