import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { env } from "@/env";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { PROXYLESS_API_PREFIX } from "@/server/tenancy";
import { createCart } from "@/server/cart";
import { customerIdFor, makeProduct, makeStore, setStock, writtenRows } from "@/server/cart/int-test-support";
import { makeActor } from "@/server/catalog/int-test-support";
import { createShippingRate, createShippingZone, createTaxRate, updateCheckoutSettings } from "@/server/checkout";

// The customer session is stubbed (getCustomerActor reads next-auth's cookie in Next's request
// scope); its own checks are covered by the customers domain. These tests are about the routes.
const session = vi.hoisted(() => ({ actor: null as null | { customerId: string; storeId: string } }));
vi.mock("@/server/http/customer-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/http/customer-auth")>()),
  getCustomerActor: async () => session.actor,
}));

const carts = await import("./route");
const cart = await import("./[cartId]/route");
const lines = await import("./[cartId]/lines/route");
const line = await import("./[cartId]/lines/[lineId]/route");
const rates = await import("./[cartId]/shipping-rates/route");
const quote = await import("./[cartId]/checkout-quote/route");
const checkout = await import("./[cartId]/checkout/route");
const orders = await import("../orders/[id]/route");
const sessionRoute = await import("../session/route");

const ORIGIN = "http://shop.localhost:3000";
type THandler = (req: Request, next?: { params: Promise<Record<string, string>> }) => Promise<Response>;
type TCall = {
  store: string | null;
  body?: unknown;
  raw?: string;
  contentType?: string;
  cookie?: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
};

const slugs = new Map<string, string>();
/** The Host of a store (its subdomain of ROOT_DOMAIN). */
async function hostOf(storeId: string): Promise<string> {
  if (!slugs.has(storeId)) slugs.set(storeId, (await platformDb().store.findUniqueOrThrow({ where: { id: storeId }, select: { slug: true } })).slug);
  return `${slugs.get(storeId)}.${env().ROOT_DOMAIN}`;
}

/**
 * A request on a store's host (`store: null`: the platform host), calling the handler directly.
 * The cart and checkout API is not behind the proxy (PROXYLESS_API_PREFIX): it gets the Host
 * only. Other paths also get the area and store headers the proxy would add.
 */
async function call(handler: THandler, method: string, path: string, options: TCall): Promise<Response> {
  const headers: Record<string, string> = { host: options.store ? await hostOf(options.store) : env().ROOT_DOMAIN };
  if (options.store && !path.startsWith(PROXYLESS_API_PREFIX)) Object.assign(headers, { "x-ecom-area": "store", "x-ecom-store-id": options.store });
  Object.assign(headers, options.headers ?? {});
  if (options.cookie) headers.cookie = options.cookie;
  const hasBody = options.body !== undefined || options.raw !== undefined;
  if (hasBody) headers["content-type"] = options.contentType ?? "application/json";
  const req = new Request(`${ORIGIN}${path}`, { method, headers, ...(hasBody ? { body: options.raw ?? JSON.stringify(options.body) } : {}) });
  return handler(req, { params: Promise.resolve(options.params ?? {}) });
}

const key = () => `key-${randomUUID()}`;
const colombo = { name: "Nimal Perera", line1: "12 Galle Road", city: "Colombo", region: "WP", postalCode: "00300", country: "LK", phone: "+94 77 123 4567" };

let storeA: Awaited<ReturnType<typeof makeStore>>;
let storeB: Awaited<ReturnType<typeof makeStore>>;
let teapot: Awaited<ReturnType<typeof makeProduct>>;
let scarf: Awaited<ReturnType<typeof makeProduct>>;
let victim: Awaited<ReturnType<typeof makeProduct>>;
let standardRate: string;

const tea = () => teapot.variants[0]!.id;

async function newCart(storeId: string) {
  const res = await call(carts.POST, "POST", "/api/v1/storefront/carts", { store: storeId });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; lines: { id: string; quantity: number }[]; itemCount: number };
}
const addLine = (storeId: string, cartId: string, body: unknown, extra: Partial<TCall> = {}) =>
  call(lines.POST, "POST", `/api/v1/storefront/carts/${cartId}/lines`, { store: storeId, body, params: { cartId }, ...extra });
const getCart = (storeId: string, cartId: string) => call(cart.GET, "GET", `/api/v1/storefront/carts/${cartId}`, { store: storeId, params: { cartId } });
const placeOrder = (storeId: string, cartId: string, body: unknown, extra: Partial<TCall> = {}) =>
  call(checkout.POST, "POST", `/api/v1/storefront/carts/${cartId}/checkout`, { store: storeId, body, params: { cartId }, ...extra });
const orderStatus = (storeId: string, id: string, token: string) =>
  call(orders.GET, "GET", `/api/v1/storefront/orders/${id}?token=${encodeURIComponent(token)}`, { store: storeId, params: { id } });
const getSession = (storeId: string, cookie?: string) => call(sessionRoute.GET, "GET", "/api/v1/storefront/session", { store: storeId, ...(cookie ? { cookie } : {}) });

/** What a refused request must not have written: orders, cart lines, stock levels, ledger, payments, events. */
async function rowsOf(storeId: string) {
  return { ...(await writtenRows(storeId)), stockLevels: await storeDb(storeId).stockLevel.count({ where: { storeId } }) };
}

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body.error.code).toBe(code);
  return body.error as { code: string; message: string; details?: { fields?: { path: string }[] } };
}

beforeAll(async () => {
  const actor = await makeActor();
  [storeA, storeB] = await Promise.all([makeStore("api-cart-a"), makeStore("api-cart-b")]);
  await updateCheckoutSettings(storeA.id, actor, { shipCountries: ["LK"], codInstructions: "Pay the rider", maxLineQuantity: 20 });
  await createTaxRate(storeA.id, actor, { country: "LK", name: "VAT", rateBp: 1500 });
  const zone = await createShippingZone(storeA.id, actor, { name: "Sri Lanka", countries: [{ country: "LK" }] });
  standardRate = (await createShippingRate(storeA.id, actor, zone.id, { name: "Standard", kind: "FLAT", price: "450" })).id;
  teapot = await makeProduct(storeA.id, { title: "Teapot", variants: [{ title: "Blue", priceMinor: 3_333n, weightGrams: 400 }] });
  scarf = await makeProduct(storeA.id, { title: "Scarf", variants: [{ priceMinor: 150_000n }] });
  victim = await makeProduct(storeB.id, { title: "Victim vase", variants: [{ priceMinor: 1n }] });
  await setStock(storeA.id, tea(), 50);
  await setStock(storeA.id, scarf.variants[0]!.id, 3);
  await setStock(storeB.id, victim.variants[0]!.id, 10);
});
beforeEach(() => {
  session.actor = null;
});
afterAll(disconnectDb);

describe("the cart over HTTP", () => {
  it("creates a guest cart (201, cookie), adds, changes and removes lines, and never lets a response be cached", async () => {
    const created = await call(carts.POST, "POST", "/api/v1/storefront/carts", { store: storeA.id });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("private, no-store");
    const { id } = await created.json();
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const cookie = created.headers.get("set-cookie")!;
    expect(cookie).toContain(`ecom_cart=${id}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);

    const added = await addLine(storeA.id, id, { variantId: tea(), quantity: 2 });
    expect(added.status).toBe(200);
    expect(added.headers.get("cache-control")).toBe("private, no-store");
    const afterAdd = await added.json();
    expect(afterAdd).toMatchObject({ id, itemCount: 2, subtotalMinor: "6666", subtotal: "66.66", currency: "LKR", hasProblems: false });
    expect(afterAdd.lines).toMatchObject([{ variantId: tea(), title: "Teapot", variantTitle: "Blue", quantity: 2, unitPriceMinor: "3333", lineTotal: "66.66", available: 50 }]);

    const again = await (await addLine(storeA.id, id, { variantId: tea(), quantity: "3" })).json();
    expect(again.lines).toHaveLength(1);
    expect(again.itemCount).toBe(5);
    const lineId = again.lines[0].id as string;

    const patched = await call(line.PATCH, "PATCH", `/api/v1/storefront/carts/${id}/lines/${lineId}`, { store: storeA.id, body: { quantity: 4 }, params: { cartId: id, lineId } });
    expect(patched.status).toBe(200);
    expect((await patched.json()).itemCount).toBe(4);

    const read = await getCart(storeA.id, id);
    expect(read.status).toBe(200);
    expect(read.headers.get("cache-control")).toBe("private, no-store");
    expect((await read.json()).lines[0]).toMatchObject({ id: lineId, quantity: 4 });

    const removed = await call(line.DELETE, "DELETE", `/api/v1/storefront/carts/${id}/lines/${lineId}`, { store: storeA.id, params: { cartId: id, lineId } });
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ lines: [], itemCount: 0, subtotalMinor: "0" });
    await expectError(await call(line.DELETE, "DELETE", `/api/v1/storefront/carts/${id}/lines/${lineId}`, { store: storeA.id, params: { cartId: id, lineId } }), 404, "NOT_FOUND");
  });

  it("prices the shipping options and the checkout quote for the cart", async () => {
    const { id } = await newCart(storeA.id);
    await addLine(storeA.id, id, { variantId: tea(), quantity: 2 });
    const res = await call(rates.GET, "GET", `/api/v1/storefront/carts/${id}/shipping-rates?country=LK&region=WP`, { store: storeA.id, params: { cartId: id } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await res.json()).toMatchObject({ currency: "LKR", requiresShipping: true, shipsToCountry: true, rates: [{ id: standardRate, name: "Standard", priceMinor: "45000", price: "450.00" }] });
    await expectError(await call(rates.GET, "GET", `/api/v1/storefront/carts/${id}/shipping-rates?country=XX`, { store: storeA.id, params: { cartId: id } }), 422, "VALIDATION_FAILED");

    const q = await call(quote.GET, "GET", `/api/v1/storefront/carts/${id}/checkout-quote?country=LK&shippingRateId=${standardRate}`, { store: storeA.id, params: { cartId: id } });
    expect(q.status).toBe(200);
    // 2 x 33.33 = 66.66, VAT 15 % = 10.00 (half-up); shipping 450.00 + VAT 67.50
    expect((await q.json()).totals).toMatchObject({ subtotalMinor: "6666", shippingMinor: "45000", taxMinor: "7750", totalMinor: "59416", total: "594.16" });
  });

  it("refuses tampered, zero, negative, huge and fractional quantities, other stores' variants and bad JSON with a code, writing nothing", async () => {
    const { id } = await newCart(storeA.id);
    await addLine(storeA.id, id, { variantId: tea(), quantity: 1 });
    const [lineId] = (await (await getCart(storeA.id, id)).json()).lines.map((l: { id: string }) => l.id);
    const before = await rowsOf(storeA.id);
    const beforeB = await rowsOf(storeB.id);

    const tampered = [
      { variantId: tea(), quantity: 1, unitPriceMinor: 1 },
      { variantId: tea(), quantity: 1, price: "0.01" },
      { variantId: tea(), quantity: 1, lineTotal: "0" },
    ];
    for (const body of tampered) {
      const error = await expectError(await addLine(storeA.id, id, body), 422, "VALIDATION_FAILED");
      expect(error.details?.fields?.length).toBeGreaterThan(0);
    }
    for (const quantity of [0, -1, -1000, 1.5, 10_000_000, 1e21, "2.5", "abc", null, true]) {
      const error = await expectError(await addLine(storeA.id, id, { variantId: tea(), quantity }), 422, "VALIDATION_FAILED");
      expect(new Set(error.details?.fields?.map((f) => f.path))).toEqual(new Set(["quantity"]));
    }
    // Above the store's per-line maximum (20) but within the schema's ceiling.
    await expectError(await addLine(storeA.id, id, { variantId: tea(), quantity: 21 }), 422, "VALIDATION_FAILED");
    for (const quantity of [0, -3, 25, 2.5]) {
      await expectError(await call(line.PATCH, "PATCH", `/api/v1/storefront/carts/${id}/lines/${lineId}`, { store: storeA.id, body: { quantity }, params: { cartId: id, lineId } }), 422, "VALIDATION_FAILED");
    }
    const otherStore = await expectError(await addLine(storeA.id, id, { variantId: victim.variants[0]!.id, quantity: 1 }), 404, "NOT_FOUND");
    expect(otherStore.details?.fields?.map((f) => f.path)).toEqual(["variantId"]);
    await expectError(await addLine(storeA.id, id, { variantId: "no-such-variant", quantity: 1 }), 404, "NOT_FOUND");
    await expectError(await addLine(storeA.id, id, undefined, { raw: '{"variantId": "x", "quantity": 1' }), 400, "MALFORMED_JSON");
    await expectError(await addLine(storeA.id, id, undefined, { raw: "" }), 400, "MALFORMED_JSON");
    await expectError(await addLine(storeA.id, id, undefined, { raw: `variantId=${tea()}&quantity=1`, contentType: "application/x-www-form-urlencoded" }), 415, "UNSUPPORTED_MEDIA_TYPE");
    await expectError(await addLine(storeA.id, id, [1, 2]), 422, "VALIDATION_FAILED");

    expect(await rowsOf(storeA.id)).toEqual(before);
    expect(await rowsOf(storeB.id)).toEqual(beforeB);
    expect((await (await getCart(storeA.id, id)).json()).lines).toMatchObject([{ id: lineId, quantity: 1, unitPriceMinor: "3333" }]);
  });

  it("answers OUT_OF_STOCK (409) naming what is left when the stock cannot cover a line", async () => {
    const { id } = await newCart(storeA.id);
    const before = await rowsOf(storeA.id);
    const error = await expectError(await addLine(storeA.id, id, { variantId: scarf.variants[0]!.id, quantity: 4 }), 409, "OUT_OF_STOCK");
    expect(error.message).toBe("Only 3 of Scarf left");
    expect(await rowsOf(storeA.id)).toEqual(before);
  });

  it("gives a signed-in customer their one cart, merging the cookie's guest cart into it and clearing the cookie", async () => {
    const customerId = customerIdFor("api");
    session.actor = { customerId, storeId: storeA.id };
    const first = await call(carts.POST, "POST", "/api/v1/storefront/carts", { store: storeA.id });
    expect(first.status).toBe(200);
    const mine = await first.json();
    expect(mine.customerId).toBe(customerId);
    expect(first.headers.get("set-cookie")).toBeNull();

    session.actor = null;
    const guest = await newCart(storeA.id);
    await addLine(storeA.id, guest.id, { variantId: tea(), quantity: 2 });
    session.actor = { customerId, storeId: storeA.id };
    const merged = await call(carts.POST, "POST", "/api/v1/storefront/carts", { store: storeA.id, cookie: `other=1; ecom_cart=${guest.id}` });
    expect(merged.status).toBe(200);
    expect(await merged.json()).toMatchObject({ id: mine.id, customerId, itemCount: 2 });
    expect(merged.headers.get("set-cookie")).toMatch(/^ecom_cart=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax/);
    await expectError(await getCart(storeA.id, guest.id), 404, "NOT_FOUND");
  });

  it("checkout takes the customer from the session: a customerId in the body is refused", async () => {
    const customerId = customerIdFor("checkout");
    session.actor = { customerId, storeId: storeA.id };
    const { id } = await (await call(carts.POST, "POST", "/api/v1/storefront/carts", { store: storeA.id })).json();
    await addLine(storeA.id, id, { variantId: tea(), quantity: 1 });
    const body = { email: "member@example.com", shippingAddress: colombo, shippingRateId: standardRate, paymentMethod: "cod", checkoutKey: key() };
    await expectError(await placeOrder(storeA.id, id, { ...body, customerId: "someone-else" }), 422, "VALIDATION_FAILED");
    const placed = await placeOrder(storeA.id, id, body);
    expect(placed.status).toBe(201);
    const { order } = await placed.json();
    expect((await storeDb(storeA.id).order.findUniqueOrThrow({ where: { id: order.id } })).customerId).toBe(customerId);
  });
});

describe("GET /api/v1/storefront/session", () => {
  it("reports signed-out visitors with an empty cart, and counts the cookie's guest cart", async () => {
    const empty = await getSession(storeA.id);
    expect(empty.status).toBe(200);
    expect(empty.headers.get("cache-control")).toBe("private, no-store");
    expect(await empty.json()).toEqual({ signedIn: false, cart: { itemCount: 0 } });

    const { id } = await newCart(storeA.id);
    await addLine(storeA.id, id, { variantId: tea(), quantity: 3 });
    const counted = await getSession(storeA.id, `ecom_cart=${id}`);
    expect(await counted.json()).toEqual({ signedIn: false, cart: { itemCount: 3 } });
    expect(counted.headers.get("set-cookie")).toBeNull();
  });

  it("clears a cookie naming no cart of this store (another store's, or a made-up id)", async () => {
    const { id } = await newCart(storeA.id);
    await addLine(storeA.id, id, { variantId: tea(), quantity: 1 });
    for (const cookie of [`ecom_cart=${id}`, `ecom_cart=${"x".repeat(32)}`]) {
      const res = await getSession(storeB.id, cookie);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ signedIn: false, cart: { itemCount: 0 } });
      expect(res.headers.get("set-cookie")).toMatch(/^ecom_cart=; .*Max-Age=0/);
    }
    expect((await (await getCart(storeA.id, id)).json()).itemCount).toBe(1);
  });

  it("for a signed-in customer counts their cart, merging a guest cart left in the cookie", async () => {
    const customerId = customerIdFor("session");
    const { id } = await newCart(storeA.id);
    await addLine(storeA.id, id, { variantId: tea(), quantity: 2 });
    session.actor = { customerId, storeId: storeA.id };
    const res = await getSession(storeA.id, `ecom_cart=${id}`);
    expect(await res.json()).toEqual({ signedIn: true, cart: { itemCount: 2 } });
    expect(res.headers.get("set-cookie")).toMatch(/^ecom_cart=; .*Max-Age=0/);
    const later = await getSession(storeA.id);
    expect(await later.json()).toEqual({ signedIn: true, cart: { itemCount: 2 } });
  });
});

describe("checkout over HTTP (cash on delivery)", () => {
  it("places the order: 201 with number and exact totals; the same checkoutKey again is 200 with the same order", async () => {
    const { id } = await newCart(storeA.id);
    await addLine(storeA.id, id, { variantId: tea(), quantity: 2 });
    const quoted = await (await call(quote.GET, "GET", `/api/v1/storefront/carts/${id}/checkout-quote?country=LK&shippingRateId=${standardRate}`, { store: storeA.id, params: { cartId: id } })).json();
    const body = { email: "Guest@Example.com", shippingAddress: colombo, shippingRateId: standardRate, paymentMethod: "cod", checkoutKey: key() };
    const res = await placeOrder(storeA.id, id, body);
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const placed = await res.json();
    expect(placed.order).toMatchObject({ number: expect.any(Number), status: "OPEN", paymentStatus: "PENDING", currency: "LKR" });
    expect(placed.order.number).toBeGreaterThanOrEqual(1001);
    expect(placed.order.totals).toEqual(quoted.totals);
    expect(placed.order.totals).toMatchObject({ subtotalMinor: "6666", shippingMinor: "45000", taxMinor: "7750", totalMinor: "59416", total: "594.16" });
    expect(placed.payment).toMatchObject({ method: "cod", instructions: "Pay the rider" });
    expect(placed.payment).not.toHaveProperty("clientSecret");
    expect(placed).toMatchObject({ replayed: false, statusToken: expect.any(String) });

    const row = await storeDb(storeA.id).order.findUniqueOrThrow({ where: { id: placed.order.id } });
    expect(row).toMatchObject({ number: placed.order.number, email: "guest@example.com", totalMinor: 59_416n, customerId: null, paymentMethod: "COD" });
    expect((await (await getCart(storeA.id, id)).json()).lines).toEqual([]);

    const replay = await placeOrder(storeA.id, id, body);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ replayed: true, statusToken: null, order: { id: placed.order.id, number: placed.order.number } });
    expect(await storeDb(storeA.id).order.count({ where: { checkoutKey: body.checkoutKey } })).toBe(1);
  });

  it("shows a guest the order with the right token only; a wrong token, another order's token or another store's host are 404", async () => {
    const place = async () => {
      const { id } = await newCart(storeA.id);
      await addLine(storeA.id, id, { variantId: tea(), quantity: 1 });
      return (await placeOrder(storeA.id, id, { email: "status@example.com", shippingAddress: colombo, shippingRateId: standardRate, paymentMethod: "cod", checkoutKey: key() })).json();
    };
    const [first, second] = [await place(), await place()];
    const ok = await orderStatus(storeA.id, first.order.id, first.statusToken);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("private, no-store");
    const view = await ok.json();
    expect(view).toMatchObject({ id: first.order.id, number: first.order.number, status: "OPEN", paymentStatus: "PENDING", lines: [{ title: "Teapot", quantity: 1 }] });
    expect(view.shippingAddress).toMatchObject({ name: "Nimal Perera", city: "Colombo" });
    expect(view).not.toHaveProperty("statusTokenHash");

    await expectError(await orderStatus(storeA.id, first.order.id, `${first.statusToken}x`), 404, "NOT_FOUND");
    await expectError(await orderStatus(storeA.id, first.order.id, second.statusToken), 404, "NOT_FOUND");
    await expectError(await orderStatus(storeB.id, first.order.id, first.statusToken), 404, "NOT_FOUND");
    await expectError(await call(orders.GET, "GET", `/api/v1/storefront/orders/${first.order.id}`, { store: storeA.id, params: { id: first.order.id } }), 422, "VALIDATION_FAILED");
  });

  it("refuses tampered prices and totals, bad fields and malformed JSON with a code, and writes nothing", async () => {
    const { id } = await newCart(storeA.id);
    await addLine(storeA.id, id, { variantId: tea(), quantity: 2 });
    const good = { email: "tamper@example.com", shippingAddress: colombo, shippingRateId: standardRate, paymentMethod: "cod", checkoutKey: key() };
    const before = await rowsOf(storeA.id);
    for (const extra of [{ totalMinor: 1 }, { total: "0.01" }, { subtotalMinor: "0" }, { lines: [{ variantId: tea(), quantity: 2, unitPriceMinor: 1 }] }, { currency: "USD" }, { customerId: "c1" }]) {
      await expectError(await placeOrder(storeA.id, id, { ...good, ...extra }), 422, "VALIDATION_FAILED");
    }
    const bad = [
      { ...good, email: "not-an-email" },
      { ...good, paymentMethod: "cash" },
      { ...good, checkoutKey: "short" },
      { ...good, shippingAddress: { ...colombo, country: "ZZ" } },
      { ...good, shippingAddress: { ...colombo, price: 0 } },
      { ...good, shippingRateId: undefined },
    ];
    for (const body of bad) await expectError(await placeOrder(storeA.id, id, body), 422, "VALIDATION_FAILED");
    await expectError(await placeOrder(storeA.id, id, { ...good, shippingAddress: { ...colombo, country: "IN" } }), 422, "VALIDATION_FAILED");
    await expectError(await placeOrder(storeA.id, id, undefined, { raw: '{"email": "a@example.com",' }), 400, "MALFORMED_JSON");
    await expectError(await placeOrder(storeA.id, id, undefined, { raw: "null" }), 422, "VALIDATION_FAILED");
    expect(await rowsOf(storeA.id)).toEqual(before);
    expect((await (await getCart(storeA.id, id)).json()).itemCount).toBe(2);
  });

  it("answers OUT_OF_STOCK naming the line when the stock ran out after it was added, writing nothing", async () => {
    const product = await makeProduct(storeA.id, { title: "Last lamp", variants: [{ priceMinor: 9_900n }] });
    await setStock(storeA.id, product.variants[0]!.id, 2);
    const { id } = await newCart(storeA.id);
    await addLine(storeA.id, id, { variantId: product.variants[0]!.id, quantity: 2 });
    await setStock(storeA.id, product.variants[0]!.id, 1);
    const before = await rowsOf(storeA.id);
    const error = await expectError(await placeOrder(storeA.id, id, { email: "late@example.com", shippingAddress: colombo, shippingRateId: standardRate, paymentMethod: "cod", checkoutKey: key() }), 409, "OUT_OF_STOCK");
    expect(error.message).toContain("Last lamp");
    expect(await rowsOf(storeA.id)).toEqual(before);
  });
});

describe("cross-tenant", () => {
  it("store A's cart and its lines are 404 on store B's host, and nothing of A changes", async () => {
    const { id } = await newCart(storeA.id);
    await addLine(storeA.id, id, { variantId: tea(), quantity: 1 });
    const [lineId] = (await (await getCart(storeA.id, id)).json()).lines.map((l: { id: string }) => l.id);
    const beforeA = await rowsOf(storeA.id);
    const beforeB = await rowsOf(storeB.id);

    const onB = [
      await getCart(storeB.id, id),
      await addLine(storeB.id, id, { variantId: victim.variants[0]!.id, quantity: 1 }),
      await call(line.PATCH, "PATCH", `/api/v1/storefront/carts/${id}/lines/${lineId}`, { store: storeB.id, body: { quantity: 5 }, params: { cartId: id, lineId } }),
      await call(line.DELETE, "DELETE", `/api/v1/storefront/carts/${id}/lines/${lineId}`, { store: storeB.id, params: { cartId: id, lineId } }),
      await call(rates.GET, "GET", `/api/v1/storefront/carts/${id}/shipping-rates?country=LK`, { store: storeB.id, params: { cartId: id } }),
      await call(quote.GET, "GET", `/api/v1/storefront/carts/${id}/checkout-quote`, { store: storeB.id, params: { cartId: id } }),
      await placeOrder(storeB.id, id, { email: "x@example.com", paymentMethod: "cod", checkoutKey: key() }),
    ];
    for (const res of onB) {
      const text = await res.clone().text();
      await expectError(res, 404, "NOT_FOUND");
      expect(text).not.toContain("Teapot");
      expect(text).not.toContain(storeA.id);
    }
    expect(await rowsOf(storeA.id)).toEqual(beforeA);
    expect(await rowsOf(storeB.id)).toEqual(beforeB);
  });

  it("the cart API takes its store from the Host alone: internal headers a client forges name nothing, and an unknown or suspended store's host is refused", async () => {
    // Store A's host, with headers naming store B as the proxy would set them (no proxy strips them here).
    const forged = { "x-ecom-area": "store", "x-ecom-store-id": storeB.id, "x-ecom-store-slug": "b" };
    const created = await call(carts.POST, "POST", "/api/v1/storefront/carts", { store: storeA.id, headers: { ...forged, "x-forwarded-proto": "https" } });
    expect(created.status).toBe(201);
    // What the proxy adds elsewhere, route() adds here: HSTS over https, and a request id.
    expect(created.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(created.headers.get("x-request-id")).toMatch(/^[\w-]{8,64}$/);
    expect(created.headers.get("x-content-type-options")).toBe("nosniff");
    expect(created.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    const { id } = await created.json();
    expect(await storeDb(storeA.id).cart.count({ where: { storeId: storeA.id, id } })).toBe(1);
    expect(await storeDb(storeB.id).cart.count({ where: { storeId: storeB.id, id } })).toBe(0);
    expect((await getCart(storeA.id, id)).status).toBe(200);
    await expectError(await call(cart.GET, "GET", `/api/v1/storefront/carts/${id}`, { store: storeB.id, params: { cartId: id } }), 404, "NOT_FOUND");
    // The platform host with forged store headers, and a host no store has.
    await expectError(await call(carts.POST, "POST", "/api/v1/storefront/carts", { store: null, headers: forged }), 404, "NOT_FOUND");
    const unknown = new Request(`${ORIGIN}/api/v1/storefront/carts`, { method: "POST", headers: { host: `no-such-store-${randomUUID().slice(0, 8)}.${env().ROOT_DOMAIN}`, ...forged } });
    await expectError(await carts.POST(unknown), 404, "NOT_FOUND");
    const suspended = await makeStore("api-suspended");
    await platformDb().store.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    await expectError(await call(carts.POST, "POST", "/api/v1/storefront/carts", { store: suspended.id }), 503, "STORE_UNAVAILABLE");
    expect(await storeDb(suspended.id).cart.count({ where: { storeId: suspended.id } })).toBe(0);
  });

  it("a store B cart cannot take store A's line ids, and the routes are 404 off a store host", async () => {
    const a = await newCart(storeA.id);
    await addLine(storeA.id, a.id, { variantId: tea(), quantity: 1 });
    const [lineId] = (await (await getCart(storeA.id, a.id)).json()).lines.map((l: { id: string }) => l.id);
    const b = await createCart(storeB.id);
    await expectError(await call(line.PATCH, "PATCH", `/api/v1/storefront/carts/${b.id}/lines/${lineId}`, { store: storeB.id, body: { quantity: 2 }, params: { cartId: b.id, lineId } }), 404, "NOT_FOUND");
    await expectError(await call(carts.POST, "POST", "/api/v1/storefront/carts", { store: null }), 404, "NOT_FOUND");
    await expectError(await call(cart.GET, "GET", `/api/v1/storefront/carts/${a.id}`, { store: null, params: { cartId: a.id } }), 404, "NOT_FOUND");
    await expectError(await call(sessionRoute.GET, "GET", "/api/v1/storefront/session", { store: null }), 404, "NOT_FOUND");
  });
});
