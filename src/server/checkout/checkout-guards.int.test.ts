import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { storeDb } from "@/server/db";
import { addCartLine, createCart, getCartView, getOrCreateCustomerCart } from "@/server/cart";
import { checkoutCart, createShippingRate, createShippingZone, updateCheckoutSettings } from "@/server/checkout";
import { reserveStock } from "@/server/inventory";
import { makeActor } from "@/server/catalog/int-test-support";
import { failure, fieldPaths, makeProduct, makeStore, setStock, writtenRows } from "@/server/cart/int-test-support";

const key = () => `k-${randomUUID()}`;
const address = { name: "Kamala Silva", line1: "5 Temple Road", city: "Kandy", region: "CP", country: "LK" };

let actor: Awaited<ReturnType<typeof makeActor>>;
let store: Awaited<ReturnType<typeof makeStore>>;
let teapot: Awaited<ReturnType<typeof makeProduct>>;
let standard: string;
let indiaRate: string;

async function teapotCart(quantity = 1) {
  const cart = await createCart(store.id);
  await addCartLine(store.id, cart.id, { variantId: teapot.variants[0]!.id, quantity });
  return cart.id;
}

const valid = (over: Record<string, unknown> = {}) => ({ email: "buyer@example.com", shippingAddress: address, shippingRateId: standard, paymentMethod: "cod", checkoutKey: key(), ...over });

/** Runs a failing checkout and proves that it wrote nothing: no order, payment, ledger entry, event or mail, and the cart kept its lines. */
async function refusedWithoutTrace(cartId: string, input: unknown, session: { customerId?: string } = {}) {
  const before = await writtenRows(store.id);
  const counter = await storeDb(store.id).orderCounter.findFirst({ where: { storeId: store.id } });
  const error = await failure(checkoutCart(store.id, cartId, input, session));
  expect(await writtenRows(store.id)).toEqual(before);
  expect(await storeDb(store.id).orderCounter.findFirst({ where: { storeId: store.id } })).toEqual(counter);
  return error;
}

beforeAll(async () => {
  actor = await makeActor();
  store = await makeStore("guards");
  await updateCheckoutSettings(store.id, actor, { shipCountries: ["LK"] });
  const zone = await createShippingZone(store.id, actor, { name: "LK", countries: [{ country: "LK" }] });
  standard = (await createShippingRate(store.id, actor, zone.id, { name: "Standard", kind: "FLAT", price: "400" })).id;
  const india = await createShippingZone(store.id, actor, { name: "India", countries: [{ country: "IN" }] });
  indiaRate = (await createShippingRate(store.id, actor, india.id, { name: "International", kind: "FLAT", price: "2500" })).id;
  teapot = await makeProduct(store.id, { title: "Teapot", variants: [{ title: "Blue", priceMinor: 2_500n, weightGrams: 500 }] });
  await setStock(store.id, teapot.variants[0]!.id, 50);
});

describe("tampering", () => {
  it("refuses prices, totals, lines and a customer id in the body (422 unknown keys) and writes nothing", async () => {
    const cartId = await teapotCart();
    for (const extra of [{ totalMinor: "1" }, { lines: [{ variantId: teapot.variants[0]!.id, quantity: 1, unitPriceMinor: "1" }] }, { customerId: "someone-else" }, { subtotal: "0.01" }]) {
      const error = await refusedWithoutTrace(cartId, valid(extra));
      expect(error.issues?.map((i) => (i as { code?: string }).code)).toEqual(["unrecognized_keys"]);
    }
    const nested = await refusedWithoutTrace(cartId, valid({ shippingAddress: { ...address, price: "0" } }));
    expect(fieldPaths(nested)).toEqual(["shippingAddress"]);
    expect((await getCartView(store.id, cartId)).lines).toHaveLength(1);
  });

  it("refuses a bad email, checkout key or payment method with field paths", async () => {
    const cartId = await teapotCart();
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ email: "not-an-email" })))).toEqual(["email"]);
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ checkoutKey: "short" })))).toEqual(["checkoutKey"]);
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ checkoutKey: "x".repeat(65) })))).toEqual(["checkoutKey"]);
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ paymentMethod: "cash" })))).toEqual(["paymentMethod"]);
  });

  it("answers any discount code 'No such code' on discountCode", async () => {
    const error = await refusedWithoutTrace(await teapotCart(), valid({ discountCode: "SAVE10" }));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", details: { fields: [{ path: "discountCode", message: "No such code" }] } });
  });
});

describe("delivery and payment checks", () => {
  it("a cart that ships needs an address the store ships to and an offered method", async () => {
    const cartId = await teapotCart();
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ shippingAddress: undefined })))).toEqual(["shippingAddress"]);
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ shippingRateId: undefined })))).toEqual(["shippingRateId"]);
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ shippingAddress: { ...address, country: "IN" }, shippingRateId: indiaRate })))).toEqual(["shippingAddress.country"]);
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ shippingRateId: indiaRate })))).toEqual(["shippingRateId"]);
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ shippingRateId: "pickup" })))).toEqual(["shippingRateId"]);
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ shippingAddress: { ...address, country: "XX" } })))).toEqual(["shippingAddress.country"]);
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ shippingAddress: { ...address, line1: " " } })))).toEqual(["shippingAddress.line1"]);
  });

  it("refuses card payments until Stripe is connected, and cash on delivery once switched off", async () => {
    const cartId = await teapotCart();
    expect(fieldPaths(await refusedWithoutTrace(cartId, valid({ paymentMethod: "stripe" })))).toEqual(["paymentMethod"]);
    const shop = await makeStore("guards-nocod");
    await updateCheckoutSettings(shop.id, actor, { codEnabled: false });
    const p = await makeProduct(shop.id, { type: "DIGITAL", variants: [{ priceMinor: 100n, trackInventory: false }] });
    const cart = await createCart(shop.id);
    await addCartLine(shop.id, cart.id, { variantId: p.variants[0]!.id, quantity: 1 });
    expect(fieldPaths(await failure(checkoutCart(shop.id, cart.id, { email: "a@example.com", paymentMethod: "cod", checkoutKey: key() })))).toEqual(["paymentMethod"]);
    expect(await storeDb(shop.id).order.count({ where: { storeId: shop.id } })).toBe(0);
  });

  it("refuses an empty cart and lines whose product is no longer on sale", async () => {
    const empty = await createCart(store.id);
    expect(fieldPaths(await refusedWithoutTrace(empty.id, valid()))).toEqual(["lines"]);
    const gone = await makeProduct(store.id, { title: "Old mug", variants: [{ priceMinor: 100n, trackInventory: false }] });
    const cartId = await teapotCart();
    await addCartLine(store.id, cartId, { variantId: gone.variants[0]!.id, quantity: 1 });
    await storeDb(store.id).product.updateMany({ where: { storeId: store.id, id: gone.id }, data: { status: "DRAFT" } });
    expect(await refusedWithoutTrace(cartId, valid())).toMatchObject({ details: { fields: [{ path: "lines.1", message: "Old mug is no longer available" }] } });
  });

  it("answers a line that sold out meanwhile with OUT_OF_STOCK naming it, and writes nothing", async () => {
    const shop = await makeStore("guards-oos");
    const vase = await makeProduct(shop.id, { title: "Vase", variants: [{ priceMinor: 900n, trackInventory: false }] });
    const cup = await makeProduct(shop.id, { title: "Cup", variants: [{ title: "Red", priceMinor: 500n }] });
    await setStock(shop.id, cup.variants[0]!.id, 5);
    const cart = await createCart(shop.id);
    await addCartLine(shop.id, cart.id, { variantId: vase.variants[0]!.id, quantity: 1 });
    await addCartLine(shop.id, cart.id, { variantId: cup.variants[0]!.id, quantity: 4 });
    await setStock(shop.id, cup.variants[0]!.id, 2);
    await updateCheckoutSettings(shop.id, actor, { localPickupEnabled: true });
    const mid = await writtenRows(shop.id);
    const oos = await failure(checkoutCart(shop.id, cart.id, { email: "a@example.com", shippingRateId: "pickup", paymentMethod: "cod", checkoutKey: key() }));
    expect(oos).toMatchObject({ code: "OUT_OF_STOCK", message: "Cup (Red) is out of stock (2 left)", details: { fields: [{ path: "lines.1", message: "Cup (Red) is out of stock (2 left)" }] } });
    expect(await writtenRows(shop.id)).toEqual(mid);
    expect(mid.orders).toBe(0);
    expect(await storeDb(shop.id).orderCounter.count({ where: { storeId: shop.id } })).toBe(0);
    const level = await storeDb(shop.id).stockLevel.findFirstOrThrow({ where: { storeId: shop.id, variantId: cup.variants[0]!.id } });
    expect(level).toMatchObject({ onHand: 2, reserved: 0 });
  });
});

describe("the atomic reservation", () => {
  it("a concurrent reservation that commits while checkout waits for the stock row makes it OUT_OF_STOCK, with nothing written", async () => {
    const shop = await makeStore("guards-race");
    await updateCheckoutSettings(shop.id, actor, { localPickupEnabled: true });
    const cup = await makeProduct(shop.id, { title: "Cup", variants: [{ priceMinor: 500n }] });
    const variantId = cup.variants[0]!.id;
    await setStock(shop.id, variantId, 5);
    const cart = await createCart(shop.id);
    await addCartLine(shop.id, cart.id, { variantId, quantity: 4 });
    const before = await writtenRows(shop.id);
    let checkout: Promise<unknown> | undefined;
    await storeDb(shop.id).$transaction(async (tx) => {
      // Holds the stock row: the checkout's snapshot still sees 5 available, passes the quick
      // check and then waits for this lock; when it gets it, only 1 is left.
      expect(await reserveStock(tx, shop.id, [{ variantId, quantity: 4, label: "Cup" }], { orderId: "other-order", actor: { kind: "system" } })).toEqual({ ok: true });
      checkout = failure(checkoutCart(shop.id, cart.id, { email: "a@example.com", shippingRateId: "pickup", paymentMethod: "cod", checkoutKey: key() }));
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }, { timeout: 20_000 });
    expect(await checkout).toMatchObject({ code: "OUT_OF_STOCK", details: { fields: [{ path: "lines.0", message: "Cup is out of stock (1 left)" }] } });
    // Only the other reservation's ledger entry is new.
    expect(await writtenRows(shop.id)).toEqual({ ...before, ledger: before.ledger + 1 });
    expect(await storeDb(shop.id).stockLevel.findFirstOrThrow({ where: { storeId: shop.id, variantId } })).toMatchObject({ onHand: 5, reserved: 4 });
    expect(await storeDb(shop.id).orderCounter.count({ where: { storeId: shop.id } })).toBe(0);
    expect((await getCartView(shop.id, cart.id)).lines).toHaveLength(1);
  });
});

describe("customer carts", () => {
  it("are checked out only in their customer's session", async () => {
    const cart = await getOrCreateCustomerCart(store.id, "cust-owner");
    await addCartLine(store.id, cart.id, { variantId: teapot.variants[0]!.id, quantity: 1 });
    expect(await refusedWithoutTrace(cart.id, valid())).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusedWithoutTrace(cart.id, valid(), { customerId: "cust-other" })).toMatchObject({ code: "NOT_FOUND" });
    const placed = await checkoutCart(store.id, cart.id, valid(), { customerId: "cust-owner" });
    expect(placed.replayed).toBe(false);
  });
});

describe("idempotency", () => {
  it("the same checkoutKey twice places one order and returns it again", async () => {
    const cartId = await teapotCart(2);
    const input = valid();
    const first = await checkoutCart(store.id, cartId, input, { customerId: "cust-1" });
    const second = await checkoutCart(store.id, cartId, input, { customerId: "cust-1" });
    expect(second).toMatchObject({ replayed: true, statusToken: null, order: { id: first.order.id, number: first.order.number, totals: first.order.totals } });
    expect(second.payment.paymentId).toBe(first.payment.paymentId);
    expect(await storeDb(store.id).order.count({ where: { storeId: store.id, checkoutKey: input.checkoutKey } })).toBe(1);
    const ledger = await storeDb(store.id).inventoryLedgerEntry.findMany({ where: { storeId: store.id, reference: `order:${first.order.id}` } });
    expect(ledger).toMatchObject([{ kind: "RESERVATION", reservedDelta: 2, onHandDelta: 0, actorType: "customer", actorId: "cust-1" }]);
    expect(await storeDb(store.id).order.findFirst({ where: { storeId: store.id, id: first.order.id }, select: { customerId: true } })).toEqual({ customerId: "cust-1" });
  });

  it("concurrent submits of the same key (same cart, or another cart) give one order", async () => {
    const cartId = await teapotCart(1);
    const otherCart = await teapotCart(3);
    const input = valid();
    const results = await Promise.all([checkoutCart(store.id, cartId, input), checkoutCart(store.id, cartId, input), checkoutCart(store.id, otherCart, input)]);
    expect(new Set(results.map((r) => r.order.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await storeDb(store.id).order.count({ where: { storeId: store.id, checkoutKey: input.checkoutKey } })).toBe(1);
    const placedFrom = results.find((r) => !r.replayed)!;
    const orderLines = await storeDb(store.id).orderLine.findMany({ where: { storeId: store.id, orderId: placedFrom.order.id } });
    expect(orderLines).toHaveLength(1);
    // Exactly one of the two carts was emptied.
    const remaining = [(await getCartView(store.id, cartId)).itemCount, (await getCartView(store.id, otherCart)).itemCount].sort();
    expect(remaining).toEqual(orderLines[0]!.quantity === 1 ? [0, 3] : [0, 1]);
  });
});
