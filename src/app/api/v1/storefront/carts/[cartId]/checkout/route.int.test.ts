import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { env, resetEnvForTests } from "@/env";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { addCartLine, createCart } from "@/server/cart";
import { makeProduct, makeStore } from "@/server/cart/int-test-support";
import { connectStore, useFakeStripe } from "@/server/payments/int-test-support";

vi.mock("@/server/http/customer-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/http/customer-auth")>()),
  getCustomerActor: async () => null,
}));

const { POST } = await import("./route");

/**
 * Card checkout over HTTP against the fake Stripe: the PaymentIntent is started after the order
 * commits and its client secret comes back with the order; when Stripe cannot be reached the
 * order still exists (PENDING, stock held) and the response says so, and the same checkoutKey
 * retries the payment.
 */
let fake: Awaited<ReturnType<typeof useFakeStripe>>;
beforeAll(async () => {
  fake = await useFakeStripe();
});
afterAll(async () => {
  await fake.restore();
  await disconnectDb();
});

/** The checkout on the store's own host (the cart API resolves its store from the Host: no proxy headers). */
const checkout = async (storeId: string, cartId: string, body: unknown) => {
  const { slug } = await platformDb().store.findUniqueOrThrow({ where: { id: storeId }, select: { slug: true } });
  return POST(
    new Request(`http://shop.localhost:3000/api/v1/storefront/carts/${cartId}/checkout`, {
      method: "POST",
      headers: { "content-type": "application/json", host: `${slug}.${env().ROOT_DOMAIN}` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ cartId }) },
  );
};

async function cardStore(prefix: string) {
  const store = await makeStore(prefix);
  const account = await connectStore(fake, store.id);
  const product = await makeProduct(store.id, { title: "E-book", type: "DIGITAL", variants: [{ priceMinor: 125_000n, trackInventory: false }] });
  const cart = await createCart(store.id);
  await addCartLine(store.id, cart.id, { variantId: product.variants[0]!.id, quantity: 2 });
  return { store, account, cartId: cart.id };
}

/** A port nothing listens on: Stripe "unreachable". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("POST /api/v1/storefront/carts/{cartId}/checkout with stripe", () => {
  it("places the order, then starts the PaymentIntent on the store's account and returns its client secret", async () => {
    const { store, account, cartId } = await cardStore("api-card");
    const checkoutKey = `card-${randomUUID()}`;
    const res = await checkout(store.id, cartId, { email: "card@example.com", paymentMethod: "stripe", checkoutKey });
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const body = await res.json();
    expect(body.order).toMatchObject({ status: "OPEN", paymentStatus: "PENDING", totals: { totalMinor: "250000" } });
    expect(body.payment).toMatchObject({ method: "stripe", publishableKey: fake.publishableKey, stripeAccount: account.id, error: null });
    const intent = fake.paymentIntents.get(body.payment.paymentIntentId)!;
    expect(intent).toMatchObject({ account: account.id, amount: 250000, currency: "lkr", metadata: { storeId: store.id, orderId: body.order.id } });
    expect(body.payment.clientSecret).toBe(intent.client_secret);
    const payment = await storeDb(store.id).payment.findFirstOrThrow({ where: { orderId: body.order.id } });
    expect(payment).toMatchObject({ provider: "STRIPE", status: "PENDING", providerRef: intent.id });

    // The same attempt again: the same order and the same intent, nothing new at Stripe.
    const creates = fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_intents").length;
    const again = await checkout(store.id, cartId, { email: "card@example.com", paymentMethod: "stripe", checkoutKey });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ replayed: true, order: { id: body.order.id }, payment: { clientSecret: intent.client_secret, error: null } });
    expect(fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_intents").length).toBe(creates);
  });

  it("still answers 201 with the placed order and a retryable payment error when Stripe cannot be reached", async () => {
    const { store, cartId } = await cardStore("api-card-down");
    const checkoutKey = `card-${randomUUID()}`;
    const saved = process.env.STRIPE_API_PORT;
    process.env.STRIPE_API_PORT = String(await closedPort());
    resetEnvForTests();
    try {
      const res = await checkout(store.id, cartId, { email: "down@example.com", paymentMethod: "stripe", checkoutKey });
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body.order).toMatchObject({ status: "OPEN", paymentStatus: "PENDING" });
      expect(body.payment).toMatchObject({ method: "stripe", clientSecret: null, stripeAccount: null, error: { code: "NOT_READY", retryable: true } });
      expect(body.payment.error.message).toMatch(/same checkoutKey/);
      const order = await storeDb(store.id).order.findUniqueOrThrow({ where: { id: body.order.id }, include: { payments: true } });
      expect(order).toMatchObject({ status: "OPEN", paymentStatus: "PENDING", paymentMethod: "STRIPE" });
      expect(order.reservationExpiresAt).not.toBeNull();
      expect(order.payments).toMatchObject([{ providerRef: null }]);
    } finally {
      process.env.STRIPE_API_PORT = saved;
      resetEnvForTests();
    }
    // Stripe is back: the same checkout retries the payment of the same order.
    const retry = await checkout(store.id, cartId, { email: "down@example.com", paymentMethod: "stripe", checkoutKey });
    expect(retry.status).toBe(200);
    const body = await retry.json();
    expect(body).toMatchObject({ replayed: true, payment: { error: null, clientSecret: expect.stringMatching(/^pi_/) } });
    expect(await storeDb(store.id).order.count({ where: { storeId: store.id } })).toBe(1);
  });

  it("refuses the card when the store cannot take charges, before anything is written", async () => {
    const store = await makeStore("api-card-off");
    await connectStore(fake, store.id, { chargesEnabled: false });
    const product = await makeProduct(store.id, { type: "DIGITAL", variants: [{ priceMinor: 1_000n, trackInventory: false }] });
    const cart = await createCart(store.id);
    await addCartLine(store.id, cart.id, { variantId: product.variants[0]!.id, quantity: 1 });
    const res = await checkout(store.id, cart.id, { email: "off@example.com", paymentMethod: "stripe", checkoutKey: `card-${randomUUID()}` });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await res.json()).error.details.fields.map((f: { path: string }) => f.path)).toEqual(["paymentMethod"]);
    expect(await storeDb(store.id).order.count({ where: { storeId: store.id } })).toBe(0);
  });
});
