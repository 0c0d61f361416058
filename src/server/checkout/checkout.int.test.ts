import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { storeDb } from "@/server/db";
import { addCartLine, createCart, getCartView } from "@/server/cart";
import {
  checkoutCart,
  createShippingRate,
  createShippingZone,
  createTaxRate,
  getCheckoutQuote,
  getShippingRates,
  updateCheckoutSettings,
} from "@/server/checkout";
import { getOrderByToken, hashStatusToken, openOrderAddress } from "@/server/orders";
import { makeActor } from "@/server/catalog/int-test-support";
import { failure, fieldPaths, makeProduct, makeSlot, makeStore, setStock } from "@/server/cart/int-test-support";

const key = () => `k-${randomUUID()}`;
const colombo = { name: "Nimal Perera", line1: "12 Galle Road", city: "Colombo", region: "WP", postalCode: "00300", country: "LK", phone: "+94 77 123 4567" };
const galle = { ...colombo, city: "Galle", region: "SP", postalCode: "80000" };

let actor: Awaited<ReturnType<typeof makeActor>>;
let store: Awaited<ReturnType<typeof makeStore>>;
let teapot: Awaited<ReturnType<typeof makeProduct>>;
let kettle: Awaited<ReturnType<typeof makeProduct>>;
let ebook: Awaited<ReturnType<typeof makeProduct>>;
const rates: Record<string, string> = {};

async function cartWith(storeId: string, lines: { variantId: string; quantity: number; slotId?: string }[]) {
  const cart = await createCart(storeId);
  for (const line of lines) await addCartLine(storeId, cart.id, line);
  return cart.id;
}

beforeAll(async () => {
  actor = await makeActor();
  store = await makeStore("checkout");
  await updateCheckoutSettings(store.id, actor, { shipCountries: ["LK", "IN"], localPickupEnabled: true, pickupInstructions: "Collect at the Kandy shop", codInstructions: "Pay the rider in cash" });
  await createTaxRate(store.id, actor, { country: "LK", name: "VAT", rateBp: 1500 });
  await createTaxRate(store.id, actor, { country: "LK", region: "WP", name: "VAT Western", rateBp: 1800 });
  const lk = await createShippingZone(store.id, actor, { name: "Sri Lanka", countries: [{ country: "LK" }] });
  rates.standard = (await createShippingRate(store.id, actor, lk.id, { name: "Standard", kind: "FLAT", price: "450", freeOver: "20000" })).id;
  rates.light = (await createShippingRate(store.id, actor, lk.id, { name: "Light parcel", kind: "WEIGHT", price: "300", maxWeightGrams: 1000 })).id;
  rates.heavy = (await createShippingRate(store.id, actor, lk.id, { name: "Heavy parcel", kind: "WEIGHT", price: "900", minWeightGrams: 1000 })).id;
  const cmb = await createShippingZone(store.id, actor, { name: "Colombo", countries: [{ country: "LK", regions: ["WP"] }] });
  rates.courier = (await createShippingRate(store.id, actor, cmb.id, { name: "Colombo courier", kind: "FLAT", price: "250" })).id;
  const india = await createShippingZone(store.id, actor, { name: "India", countries: [{ country: "IN" }] });
  rates.india = (await createShippingRate(store.id, actor, india.id, { name: "International", kind: "FLAT", price: "2500" })).id;

  teapot = await makeProduct(store.id, { title: "Teapot", variants: [{ title: "Blue", priceMinor: 3_333n, weightGrams: 400 }] });
  kettle = await makeProduct(store.id, { title: "Kettle", variants: [{ priceMinor: 1_200_000n, weightGrams: 1500 }] });
  ebook = await makeProduct(store.id, { title: "Tea guide", type: "DIGITAL", variants: [{ priceMinor: 150_000n, trackInventory: false }] });
  await setStock(store.id, teapot.variants[0]!.id, 100);
  await setStock(store.id, kettle.variants[0]!.id, 100);
});

describe("shipping options", () => {
  it("a regional zone beats the country's zone; pickup is offered beside it", async () => {
    const cartId = await cartWith(store.id, [{ variantId: teapot.variants[0]!.id, quantity: 1 }]);
    const wp = await getShippingRates(store.id, cartId, { country: "LK", region: "WP" });
    expect(wp.rates.map((r) => [r.name, r.priceMinor])).toEqual([
      ["Colombo courier", 25_000n],
      ["Local pickup", 0n],
    ]);
    expect(wp.rates[1]).toMatchObject({ id: "pickup", kind: "PICKUP", instructions: "Collect at the Kandy shop" });
  });

  it("weight bands pick the parcel rate by the cart's total weight, and free-over makes a rate free", async () => {
    const light = await cartWith(store.id, [{ variantId: teapot.variants[0]!.id, quantity: 2 }]);
    expect((await getShippingRates(store.id, light, { country: "LK", region: "SP" })).rates.map((r) => [r.name, r.priceMinor])).toEqual([
      ["Standard", 45_000n],
      ["Light parcel", 30_000n],
      ["Local pickup", 0n],
    ]);
    const heavy = await cartWith(store.id, [{ variantId: kettle.variants[0]!.id, quantity: 2 }]);
    expect((await getShippingRates(store.id, heavy, { country: "LK" })).rates.map((r) => [r.name, r.priceMinor])).toEqual([
      ["Standard", 0n],
      ["Heavy parcel", 90_000n],
      ["Local pickup", 0n],
    ]);
  });

  it("offers only pickup where the store does not ship, and nothing for a cart that does not ship", async () => {
    const cartId = await cartWith(store.id, [{ variantId: teapot.variants[0]!.id, quantity: 1 }]);
    const us = await getShippingRates(store.id, cartId, { country: "US" });
    expect(us).toMatchObject({ shipsToCountry: false, requiresShipping: true });
    expect(us.rates.map((r) => r.id)).toEqual(["pickup"]);
    const digital = await cartWith(store.id, [{ variantId: ebook.variants[0]!.id, quantity: 2 }]);
    expect(await getShippingRates(store.id, digital, { country: "LK" })).toMatchObject({ requiresShipping: false, rates: [] });
    expect(fieldPaths(await failure(getShippingRates(store.id, digital, { country: "XX" })))).toEqual(["country"]);
  });
});

describe("totals", () => {
  it("tax-exclusive: per-line tax at the region's rate, taxed shipping, and the quote equals the order", async () => {
    const cartId = await cartWith(store.id, [
      { variantId: teapot.variants[0]!.id, quantity: 3 },
      { variantId: kettle.variants[0]!.id, quantity: 1 },
    ]);
    const quote = await getCheckoutQuote(store.id, cartId, { country: "LK", region: "WP", shippingRateId: rates.courier });
    // teapot 3 x 33.33 = 99.99 -> VAT 18 % = 17.9982 -> 18.00; kettle 12,000.00 -> 2,160.00; courier 250.00 -> 45.00
    expect(quote.totals).toMatchObject({ subtotalMinor: 1_209_999n, shippingMinor: 25_000n, taxMinor: 1_800n + 216_000n + 4_500n, totalMinor: 1_457_299n, total: "14572.99" });
    expect(quote.taxRate).toEqual({ name: "VAT Western", rateBp: 1800 });
    const placed = await checkoutCart(store.id, cartId, { email: "Buyer@Example.com", shippingAddress: colombo, shippingRateId: rates.courier, paymentMethod: "cod", checkoutKey: key() });
    expect(placed.order.totals).toEqual(quote.totals);
    expect(placed).toMatchObject({ replayed: false, payment: { method: "cod", instructions: "Pay the rider in cash" }, order: { status: "OPEN", paymentStatus: "PENDING", currency: "LKR" } });
    const db = storeDb(store.id);
    const order = await db.order.findFirstOrThrow({ where: { storeId: store.id, id: placed.order.id }, include: { lines: { orderBy: { position: "asc" } }, payments: true, events: true } });
    expect(order).toMatchObject({
      email: "buyer@example.com",
      subtotalMinor: 1_209_999n,
      shippingMinor: 25_000n,
      taxMinor: 222_300n,
      totalMinor: 1_457_299n,
      pricesIncludeTax: false,
      taxLabel: "VAT Western 18%",
      shippingRateName: "Colombo courier",
      shippingRateId: rates.courier,
      requiresShipping: true,
      fulfillmentStatus: "UNFULFILLED",
      paymentMethod: "COD",
      reservationExpiresAt: null,
    });
    expect(order.lines.map((l) => [l.title, l.variantTitle, l.sku, l.unitPriceMinor, l.quantity, l.taxMinor, l.totalMinor])).toEqual([
      ["Teapot", "Blue", teapot.variants[0]!.sku, 3_333n, 3, 1_800n, 9_999n],
      ["Kettle", "Default", kettle.variants[0]!.sku, 1_200_000n, 1, 216_000n, 1_200_000n],
    ]);
    expect(order.payments).toMatchObject([{ provider: "COD", status: "PENDING", amountMinor: 1_457_299n, currency: "LKR", idempotencyKey: `order:${store.id}:${order.id}` }]);
    expect(order.events.map((e) => e.kind)).toEqual(["placed"]);
    expect(order.shippingAddress).toMatch(/^enc:v1:/);
    expect(openOrderAddress(order.shippingAddress)).toMatchObject({ name: "Nimal Perera", city: "Colombo", country: "LK", region: "WP" });
    expect((await getCartView(store.id, cartId)).lines).toEqual([]);
  });

  it("tax-inclusive: tax is shown inside the prices and never added", async () => {
    const shop = await makeStore("checkout-incl");
    await updateCheckoutSettings(shop.id, actor, { pricesIncludeTax: true });
    await createTaxRate(shop.id, actor, { country: "LK", name: "VAT", rateBp: 1500 });
    const zone = await createShippingZone(shop.id, actor, { name: "LK", countries: [{ country: "LK" }] });
    const standard = await createShippingRate(shop.id, actor, zone.id, { name: "Standard", kind: "FLAT", price: "575" });
    const a = await makeProduct(shop.id, { variants: [{ priceMinor: 100_000n, trackInventory: false }] });
    const b = await makeProduct(shop.id, { variants: [{ priceMinor: 230_000n, trackInventory: false }] });
    const cartId = await cartWith(shop.id, [
      { variantId: a.variants[0]!.id, quantity: 2 },
      { variantId: b.variants[0]!.id, quantity: 1 },
    ]);
    const placed = await checkoutCart(shop.id, cartId, { email: "x@example.com", shippingAddress: galle, shippingRateId: standard.id, paymentMethod: "cod", checkoutKey: key() });
    // 2,000.00 holds 260.8696 -> 260.87; 2,300.00 holds 300.00; shipping 575.00 holds 75.00
    expect(placed.order.totals).toMatchObject({ subtotalMinor: 430_000n, shippingMinor: 57_500n, taxMinor: 26_087n + 30_000n + 7_500n, totalMinor: 487_500n, pricesIncludeTax: true });
    const lines = await storeDb(shop.id).orderLine.findMany({ where: { storeId: shop.id, orderId: placed.order.id }, orderBy: { position: "asc" } });
    expect(lines.map((l) => [l.taxMinor, l.totalMinor])).toEqual([
      [26_087n, 200_000n],
      [30_000n, 230_000n],
    ]);
  });

  it("a digital-only cart has no shipping step: no address, no rate, tax from the billing address or the store", async () => {
    const cartId = await cartWith(store.id, [{ variantId: ebook.variants[0]!.id, quantity: 2 }]);
    const placed = await checkoutCart(store.id, cartId, { email: "reader@example.com", paymentMethod: "cod", checkoutKey: key() });
    expect(placed.order.totals).toMatchObject({ subtotalMinor: 300_000n, shippingMinor: 0n, taxMinor: 45_000n, totalMinor: 345_000n });
    const order = await storeDb(store.id).order.findFirstOrThrow({ where: { storeId: store.id, id: placed.order.id }, include: { lines: true } });
    expect(order).toMatchObject({ requiresShipping: false, shippingAddress: null, shippingRateId: null, fulfillmentStatus: "NOT_REQUIRED", taxLabel: "VAT 15%" });
    expect(order.lines[0]).toMatchObject({ productType: "DIGITAL", requiresShipping: false });
    const abroad = await cartWith(store.id, [{ variantId: ebook.variants[0]!.id, quantity: 1 }]);
    const untaxed = await checkoutCart(store.id, abroad, { email: "reader@example.com", billingAddress: { ...colombo, country: "IN", region: null }, paymentMethod: "cod", checkoutKey: key() });
    expect(untaxed.order.totals).toMatchObject({ taxMinor: 0n, totalMinor: 150_000n });
    expect((await storeDb(store.id).order.findFirstOrThrow({ where: { storeId: store.id, id: untaxed.order.id } })).taxLabel).toBeNull();
  });

  it("local pickup: no address needed, no shipping charge, the store's country's tax", async () => {
    const cartId = await cartWith(store.id, [{ variantId: teapot.variants[0]!.id, quantity: 1 }]);
    const placed = await checkoutCart(store.id, cartId, { email: "p@example.com", shippingRateId: "pickup", paymentMethod: "cod", checkoutKey: key() });
    expect(placed.order.totals).toMatchObject({ subtotalMinor: 3_333n, shippingMinor: 0n, taxMinor: 500n, totalMinor: 3_833n });
    expect(await storeDb(store.id).order.findFirstOrThrow({ where: { storeId: store.id, id: placed.order.id } })).toMatchObject({ shippingRateName: "Local pickup", shippingRateId: "pickup", shippingAddress: null, requiresShipping: true });
  });

  it("books a service's slot seats", async () => {
    const massage = await makeProduct(store.id, { title: "Massage", type: "SERVICE", variants: [{ priceMinor: 800_000n }] });
    const slot = await makeSlot(store.id, massage.id, { capacity: 3 });
    const cartId = await cartWith(store.id, [{ variantId: massage.variants[0]!.id, quantity: 2, slotId: slot.id }]);
    const placed = await checkoutCart(store.id, cartId, { email: "s@example.com", paymentMethod: "cod", checkoutKey: key() });
    expect(await storeDb(store.id).serviceSlot.findFirst({ where: { storeId: store.id, id: slot.id }, select: { booked: true } })).toEqual({ booked: 2 });
    expect(await storeDb(store.id).orderLine.findFirst({ where: { storeId: store.id, orderId: placed.order.id } })).toMatchObject({ slotId: slot.id, slotStartsAt: slot.startsAt, requiresShipping: false });
    const again = await cartWith(store.id, [{ variantId: massage.variants[0]!.id, quantity: 1, slotId: slot.id }]);
    await storeDb(store.id).serviceSlot.updateMany({ where: { storeId: store.id, id: slot.id }, data: { booked: 3 } });
    expect(await failure(checkoutCart(store.id, again, { email: "s@example.com", paymentMethod: "cod", checkoutKey: key() }))).toMatchObject({
      code: "OUT_OF_STOCK",
      details: { fields: [{ path: "lines.0", message: "Massage is fully booked at this time (0 left)" }] },
    });
  });
});

describe("the confirmation", () => {
  it("queues 'Order #N confirmed' with the lines, totals and a status link whose token opens the order", async () => {
    const cartId = await cartWith(store.id, [{ variantId: teapot.variants[0]!.id, quantity: 2 }]);
    const placed = await checkoutCart(store.id, cartId, { email: "mail@example.com", shippingAddress: galle, shippingRateId: rates.light, paymentMethod: "cod", checkoutKey: key() });
    const mails = await storeDb(store.id).outboxEvent.findMany({ where: { storeId: store.id, type: "mail.send" }, orderBy: { id: "desc" }, take: 1 });
    const mail = mails[0]!.payload as { to: string[]; subject: string; text: string };
    expect(mail.to).toEqual(["mail@example.com"]);
    expect(mail.subject).toBe(`Order #${placed.order.number} confirmed`);
    expect(mail.text).toContain("2 x Teapot (Blue)");
    expect(mail.text).toContain("Light parcel");
    expect(mail.text).toContain("Pay the rider in cash");
    expect(mail.text).toMatch(/\nVAT 15%: /);
    expect(mail.text).not.toContain("Galle Road");
    expect((await getOrderByToken(store.id, placed.order.id, placed.statusToken!)).taxLabel).toBe("VAT 15%");
    const token = /\/orders\/[^?]+\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBe(placed.statusToken);
    expect(mail.text).toContain(`${store.slug}.`);
    expect(placed.statusUrl).toContain(`/orders/${placed.order.id}?token=${token}`);
    const order = await storeDb(store.id).order.findFirstOrThrow({ where: { storeId: store.id, id: placed.order.id } });
    expect(order.statusTokenHash).toBe(hashStatusToken(token!));
    expect((await getOrderByToken(store.id, placed.order.id, token!)).number).toBe(placed.order.number);
    const event = await storeDb(store.id).outboxEvent.findFirstOrThrow({ where: { storeId: store.id, type: "order.placed", payload: { path: "$.orderId", equals: placed.order.id } } });
    expect(event.payload).toMatchObject({ orderId: placed.order.id, number: placed.order.number, paymentMethod: "COD" });
  });
});
