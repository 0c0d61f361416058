import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/env";
import { storeDb } from "@/server/db";
import { addCartLine, createCart } from "@/server/cart";
import { checkoutCart } from "@/server/checkout";
import { failure, fieldPaths, makeProduct, makeStore } from "@/server/cart/int-test-support";

// Card payments need the platform's Stripe configuration; configuration is read lazily, per test file.
const STRIPE_ENV = { STRIPE_SECRET_KEY: "sk_test_checkout", STRIPE_PUBLISHABLE_KEY: "pk_test_checkout", STRIPE_WEBHOOK_SECRET: "whsec_checkout" };
const saved = Object.fromEntries(Object.keys(STRIPE_ENV).map((k) => [k, process.env[k]]));
beforeAll(() => {
  Object.assign(process.env, STRIPE_ENV);
  resetEnvForTests();
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvForTests();
});

describe("card checkout", () => {
  it("is refused until the store's connected account can take charges", async () => {
    const store = await makeStore("stripe-off");
    await storeDb(store.id).checkoutSettings.create({ data: { storeId: store.id, shipCountries: ["LK"], stripeAccountId: "acct_123", stripeChargesEnabled: false } });
    const p = await makeProduct(store.id, { type: "DIGITAL", variants: [{ priceMinor: 1_000n, trackInventory: false }] });
    const cart = await createCart(store.id);
    await addCartLine(store.id, cart.id, { variantId: p.variants[0]!.id, quantity: 1 });
    expect(fieldPaths(await failure(checkoutCart(store.id, cart.id, { email: "a@example.com", paymentMethod: "stripe", checkoutKey: `s-${randomUUID()}` })))).toEqual(["paymentMethod"]);
  });

  it("places a pending STRIPE order whose reservation expires after reservationMinutes", async () => {
    const store = await makeStore("stripe-on");
    await storeDb(store.id).checkoutSettings.create({
      data: { storeId: store.id, shipCountries: ["LK"], reservationMinutes: 45, stripeAccountId: "acct_123", stripeChargesEnabled: true },
    });
    const p = await makeProduct(store.id, { type: "DIGITAL", variants: [{ priceMinor: 1_000n, trackInventory: false }] });
    const cart = await createCart(store.id);
    await addCartLine(store.id, cart.id, { variantId: p.variants[0]!.id, quantity: 3 });
    const started = Date.now();
    const placed = await checkoutCart(store.id, cart.id, { email: "a@example.com", paymentMethod: "stripe", checkoutKey: `s-${randomUUID()}` });
    expect(placed).toMatchObject({ payment: { method: "stripe", instructions: null }, order: { paymentStatus: "PENDING", totals: { totalMinor: 3_000n } } });
    const order = await storeDb(store.id).order.findFirstOrThrow({ where: { storeId: store.id, id: placed.order.id }, include: { payments: true } });
    expect(order.paymentMethod).toBe("STRIPE");
    const expires = order.reservationExpiresAt!.getTime();
    expect(expires).toBeGreaterThanOrEqual(started + 45 * 60_000 - 1_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 45 * 60_000 + 1_000);
    expect(order.payments).toMatchObject([{ id: placed.payment.paymentId, provider: "STRIPE", status: "PENDING", amountMinor: 3_000n, providerRef: null }]);
  });
});
