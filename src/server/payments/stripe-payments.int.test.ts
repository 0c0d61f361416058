import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { POST as webhookRoute } from "@/app/api/webhooks/stripe/route";
import { paymentProvider, startStripePayment } from "./index";
import {
  addProduct,
  connectStore,
  deliver,
  events,
  failure,
  ledgerKinds,
  ledgerMismatches,
  level,
  makeStore,
  orderState,
  placeCardOrder,
  stock,
  useFakeStripe,
  webhookRows,
} from "./int-test-support";

let fake: Awaited<ReturnType<typeof useFakeStripe>>;
beforeAll(async () => {
  fake = await useFakeStripe();
});
afterAll(async () => {
  await fake.restore();
  await disconnectDb();
});

/** A connected store with one variant of 5 in stock and a card order for 2 of it (2 x 12.50). */
async function cardOrder(prefix: string) {
  const store = await makeStore(prefix);
  const account = await connectStore(fake, store.id);
  const { variantId } = await addProduct(store.id, [{ priceMinor: 1250n }]);
  await stock(store.id, variantId, 5);
  const order = await placeCardOrder(store.id, [{ variantId, quantity: 2, unitPriceMinor: 1250n }]);
  return { store, account, variantId, ...order };
}

const postWebhook = (body: string, signature?: string) =>
  webhookRoute(new Request("http://localhost:3000/api/webhooks/stripe", { method: "POST", headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) }, body }));

describe("startStripePayment", () => {
  it("creates one PaymentIntent on the store's account with the platform fee and the order's idempotency key", async () => {
    const { store, account, orderId, number } = await cardOrder("pay-start");
    const first = await startStripePayment(store.id, orderId);
    const second = await startStripePayment(store.id, orderId);
    expect(second.paymentIntentId).toBe(first.paymentIntentId);
    expect(second.clientSecret).toBe(first.clientSecret);
    expect(first).toMatchObject({ stripeAccount: account.id, publishableKey: fake.publishableKey, amountMinor: 2500n, currency: "LKR", applicationFeeMinor: 50n });

    const creates = fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_intents" && r.stripeAccount === account.id);
    expect(creates).toHaveLength(1);
    expect(creates[0]).toMatchObject({
      idempotencyKey: `order:${store.id}:${orderId}`,
      params: { amount: "2500", currency: "lkr", application_fee_amount: "50", automatic_payment_methods: { enabled: "true" }, metadata: { storeId: store.id, orderId, orderNumber: String(number) } },
    });
    expect(fake.paymentIntents.get(first.paymentIntentId)).toMatchObject({ account: account.id, amount: 2500, application_fee_amount: 50 });
    expect(await orderState(store.id, orderId)).toMatchObject({ paymentStatus: "PENDING", payment: { providerRef: first.paymentIntentId, applicationFeeMinor: 50n, status: "PENDING" } });
  });

  it("gives concurrent calls the same intent (the idempotency key)", async () => {
    const { store, orderId } = await cardOrder("pay-start-race");
    const starts = await Promise.all([startStripePayment(store.id, orderId), startStripePayment(store.id, orderId), startStripePayment(store.id, orderId)]);
    expect(new Set(starts.map((s) => s.paymentIntentId)).size).toBe(1);
    expect(await storeDb(store.id).payment.count({ where: { orderId } })).toBe(1);
  });

  it("charges zero-decimal currencies in their own units", async () => {
    const store = await makeStore("pay-jpy", "JPY");
    await connectStore(fake, store.id);
    const { variantId } = await addProduct(store.id, [{ priceMinor: 1500n }]);
    await stock(store.id, variantId, 3);
    const { orderId } = await placeCardOrder(store.id, [{ variantId, quantity: 1, unitPriceMinor: 1500n }]);
    await storeDb(store.id).order.update({ where: { id: orderId }, data: { currency: "JPY" } });
    await storeDb(store.id).payment.updateMany({ where: { orderId }, data: { currency: "JPY" } });
    const start = await startStripePayment(store.id, orderId);
    expect(fake.paymentIntents.get(start.paymentIntentId)).toMatchObject({ amount: 1500, currency: "jpy", application_fee_amount: 30 });
  });

  it("refuses with a code when the store cannot take card payments, and another store's order is not found", async () => {
    const { store, orderId } = await cardOrder("pay-refuse");
    await storeDb(store.id).checkoutSettings.update({ where: { storeId: store.id }, data: { stripeChargesEnabled: false } });
    const refused = await failure(startStripePayment(store.id, orderId));
    expect([refused.code, refused.status, refused.details?.fields?.[0]]).toEqual(["CONFLICT", 409, expect.objectContaining({ path: "paymentMethod", code: "stripe_not_connected" })]);

    const attacker = await makeStore("pay-attacker");
    await connectStore(fake, attacker.id);
    expect((await failure(startStripePayment(attacker.id, orderId))).code).toBe("NOT_FOUND");
    expect(fake.requests.some((r) => r.path === "/v1/payment_intents" && (r.params.metadata as Record<string, string> | undefined)?.orderId === orderId)).toBe(false);
  });

  it("refuses an order that no longer awaits payment", async () => {
    const { store, orderId } = await cardOrder("pay-expired");
    await storeDb(store.id).order.update({ where: { id: orderId }, data: { reservationExpiresAt: new Date(Date.now() - 1000) } });
    const refused = await failure(startStripePayment(store.id, orderId));
    expect(refused.details?.fields?.[0]).toMatchObject({ code: "order_not_payable" });
  });

  it("is what the Stripe provider starts; the COD provider only gives instructions", async () => {
    const { store, orderId } = await cardOrder("pay-provider");
    const start = await paymentProvider("stripe").startPayment(store.id, orderId);
    expect(start).toMatchObject({ code: "stripe", stripeAccount: expect.stringMatching(/^acct_/) });
    expect((await failure(paymentProvider("COD").startPayment(store.id, orderId))).details?.fields?.[0]).toMatchObject({ code: "order_not_payable" });
  });
});

describe("Stripe webhooks", () => {
  it("mark the order paid and commit its stock, once however often the event is delivered", async () => {
    const { store, variantId, orderId } = await cardOrder("pay-hook-paid");
    const { paymentIntentId } = await startStripePayment(store.id, orderId);
    expect(await level(store.id, variantId)).toEqual({ onHand: 5, reserved: 2 });

    const succeeded = fake.confirmPaymentIntent(paymentIntentId);
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push((await deliver(succeeded)).result);
    expect(outcomes).toEqual(["applied", "duplicate", "duplicate"]);

    expect(await orderState(store.id, orderId)).toMatchObject({ status: "OPEN", paymentStatus: "PAID", payment: { status: "PAID", lastEventCreated: succeeded.event.created } });
    expect(await level(store.id, variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await ledgerKinds(store.id, orderId)).toEqual(["RESERVATION", "SALE"]);
    expect(await ledgerMismatches(store.id)).toEqual([]);
    expect(await webhookRows(store.id)).toEqual([{ eventId: succeeded.event.id, type: "payment_intent.succeeded" }]);
    expect(await events(store.id, "order.paid")).toHaveLength(1);
  });

  it("apply concurrent deliveries of one event once", async () => {
    const { store, variantId, orderId } = await cardOrder("pay-hook-race");
    const { paymentIntentId } = await startStripePayment(store.id, orderId);
    const succeeded = fake.confirmPaymentIntent(paymentIntentId);
    const results = (await Promise.all([deliver(succeeded), deliver(succeeded), deliver(succeeded)])).map((o) => o.result).sort();
    expect(results).toEqual(["applied", "duplicate", "duplicate"]);
    expect(await level(store.id, variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await events(store.id, "order.paid")).toHaveLength(1);
  });

  it("ignore an older payment_failed arriving after succeeded: the order stays paid", async () => {
    const { store, variantId, orderId } = await cardOrder("pay-hook-order");
    const { paymentIntentId } = await startStripePayment(store.id, orderId);
    const t = Math.floor(Date.now() / 1000);
    const failed = fake.failPaymentIntent(paymentIntentId, { created: t - 30 });
    const succeeded = fake.confirmPaymentIntent(paymentIntentId, { created: t });
    expect((await deliver(succeeded)).result).toBe("applied");
    expect((await deliver(failed)).result).toBe("stale");
    expect(await orderState(store.id, orderId)).toMatchObject({ status: "OPEN", paymentStatus: "PAID", payment: { status: "PAID", lastEventCreated: t } });
    expect(await level(store.id, variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await events(store.id, "order.payment_failed")).toHaveLength(0);
  });

  it("never un-pay, even for a payment_failed of the same second", async () => {
    const { store, orderId } = await cardOrder("pay-hook-same");
    const { paymentIntentId } = await startStripePayment(store.id, orderId);
    const t = Math.floor(Date.now() / 1000);
    const failed = fake.failPaymentIntent(paymentIntentId, { created: t });
    const succeeded = fake.confirmPaymentIntent(paymentIntentId, { created: t });
    await deliver(succeeded);
    expect(await deliver(failed)).toMatchObject({ result: "applied", reason: "already_paid" });
    expect(await orderState(store.id, orderId)).toMatchObject({ paymentStatus: "PAID", payment: { status: "PAID" } });
  });

  it("release the stock on a declined payment, and reopen the order when the shopper then pays", async () => {
    const { store, variantId, orderId } = await cardOrder("pay-hook-retry");
    const { paymentIntentId } = await startStripePayment(store.id, orderId);
    const t = Math.floor(Date.now() / 1000);
    expect(await deliver(fake.failPaymentIntent(paymentIntentId, { created: t - 5 }))).toMatchObject({ result: "applied", reason: "failed" });
    expect(await orderState(store.id, orderId)).toMatchObject({ status: "CANCELLED", paymentStatus: "FAILED" });
    expect(await level(store.id, variantId)).toEqual({ onHand: 5, reserved: 0 });
    expect(await deliver(fake.confirmPaymentIntent(paymentIntentId, { created: t }))).toMatchObject({ result: "applied", reason: "reinstated" });
    expect(await orderState(store.id, orderId)).toMatchObject({ status: "OPEN", paymentStatus: "PAID" });
    expect(await level(store.id, variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await ledgerMismatches(store.id)).toEqual([]);
  });

  it("fail the order when its intent is cancelled", async () => {
    const { store, variantId, orderId } = await cardOrder("pay-hook-cancel");
    const { paymentIntentId } = await startStripePayment(store.id, orderId);
    expect(await deliver(fake.cancelPaymentIntent(paymentIntentId))).toMatchObject({ result: "applied", reason: "failed" });
    expect(await orderState(store.id, orderId)).toMatchObject({ status: "CANCELLED", paymentStatus: "FAILED", payment: { status: "FAILED" } });
    expect(await level(store.id, variantId)).toEqual({ onHand: 5, reserved: 0 });
    expect(await events(store.id, "order.payment_failed")).toHaveLength(1);
  });

  it("refuse a bad or missing signature with 400 and write nothing", async () => {
    const { store, orderId } = await cardOrder("pay-hook-sig");
    const { paymentIntentId } = await startStripePayment(store.id, orderId);
    const good = fake.confirmPaymentIntent(paymentIntentId);
    const forged = fake.signEvent("payment_intent.succeeded", good.event.data.object, { secret: "whsec_attacker", account: good.event.account! });
    const tampered = good.payload.replace('"amount": 2500', '"amount": 1');

    for (const [body, signature, code] of [
      [forged.payload, forged.signature, "signature_invalid"],
      [tampered, good.signature, "signature_invalid"],
      [good.payload, undefined, "signature_missing"],
    ] as const) {
      const res = await postWebhook(body, signature);
      expect(res.status).toBe(400);
      const json = (await res.json()) as { error: { code: string; details: { fields: { code: string }[] } } };
      expect([json.error.code, json.error.details.fields[0]!.code]).toEqual(["BAD_REQUEST", code]);
    }
    expect(await webhookRows(store.id)).toEqual([]);
    expect(await orderState(store.id, orderId)).toMatchObject({ paymentStatus: "PENDING" });

    // The same event, correctly signed, through the route: 200 and applied.
    const res = await postWebhook(good.payload, good.signature);
    expect([res.status, await res.json()]).toEqual([200, expect.objectContaining({ received: true, result: "applied", eventId: good.event.id })]);
    expect(await orderState(store.id, orderId)).toMatchObject({ paymentStatus: "PAID" });
  });

  it("acknowledge and ignore unknown event types", async () => {
    const signed = fake.signEvent("charge.refund.updated", { id: "re_123", object: "refund" });
    const res = await postWebhook(signed.payload, signed.signature);
    expect([res.status, await res.json()]).toEqual([200, expect.objectContaining({ received: true, result: "ignored", reason: "unhandled_type" })]);
  });

  it("ignore intents that are not in our payments, and amounts that differ from the payment", async () => {
    const { store, account, orderId } = await cardOrder("pay-hook-unknown");
    const { paymentIntentId } = await startStripePayment(store.id, orderId);
    const pi = fake.paymentIntents.get(paymentIntentId)!;
    const { account: _a, ...object } = pi;
    const stranger = fake.signEvent("payment_intent.succeeded", { ...object, id: "pi_notours", status: "succeeded" }, { account: account.id });
    expect(await deliver(stranger)).toMatchObject({ result: "ignored", reason: "unknown_payment_intent" });
    const cheaper = fake.signEvent("payment_intent.succeeded", { ...object, amount: 100, amount_received: 100, status: "succeeded" }, { account: account.id });
    expect(await deliver(cheaper)).toMatchObject({ result: "ignored", reason: "amount_mismatch" });
    const noAccount = fake.signEvent("payment_intent.succeeded", { ...object, status: "succeeded" });
    expect(await deliver(noAccount)).toMatchObject({ result: "ignored", reason: "account_mismatch" });
    expect(await orderState(store.id, orderId)).toMatchObject({ paymentStatus: "PENDING" });
    expect(await webhookRows(store.id)).toEqual([]);
  });

  it("never apply to store A an intent that belongs to store B's payment, whatever its metadata says", async () => {
    const a = await cardOrder("pay-xt-a");
    const b = await cardOrder("pay-xt-b");
    const { paymentIntentId: piB } = await startStripePayment(b.store.id, b.orderId);
    const succeeded = fake.confirmPaymentIntent(piB);
    const object = succeeded.event.data.object as { metadata: Record<string, string> };
    const forged = fake.signEvent("payment_intent.succeeded", { ...object, metadata: { ...object.metadata, storeId: a.store.id, orderId: a.orderId } }, { account: a.account.id });
    expect(await deliver(forged)).toMatchObject({ result: "ignored", reason: "unknown_payment_intent" });
    const renamed = fake.signEvent("payment_intent.succeeded", { ...object, metadata: { ...object.metadata, storeId: a.store.id } }, { account: b.account.id });
    expect(await deliver(renamed)).toMatchObject({ result: "ignored" });
    expect(await orderState(a.store.id, a.orderId)).toMatchObject({ paymentStatus: "PENDING" });
    expect(await webhookRows(a.store.id)).toEqual([]);
    expect(await events(a.store.id, "order.paid")).toHaveLength(0);
    // B's own event is applied to B only.
    expect((await deliver(succeeded)).result).toBe("applied");
    expect(await orderState(b.store.id, b.orderId)).toMatchObject({ paymentStatus: "PAID" });
    expect(await orderState(a.store.id, a.orderId)).toMatchObject({ paymentStatus: "PENDING" });
  });
});
