import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeForm, startFakeStripe, type TFakeStripe } from "../../../test/fake-stripe";

/** The fake Stripe server, driven by the real SDK exactly as the payments domain drives it. */
let fake: TFakeStripe;
let stripe: Stripe;

beforeAll(async () => {
  fake = await startFakeStripe();
  stripe = new Stripe(fake.secretKey, { host: fake.host, port: fake.port, protocol: "http", maxNetworkRetries: 0, telemetry: false });
});
afterAll(() => fake.stop());

const caught = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as Stripe.errors.StripeError;
  }
  throw new Error("expected a Stripe error");
};

describe("decodeForm", () => {
  it("nests bracketed keys and turns numbered keys into arrays", () => {
    expect(decodeForm("amount=1250&metadata[orderId]=o1&controller[fees][payer]=account&expand[0]=a&expand[1]=b&x=a%20b")).toEqual({
      amount: "1250",
      metadata: { orderId: "o1" },
      controller: { fees: { payer: "account" } },
      expand: ["a", "b"],
      x: "a b",
    });
  });
});

describe("fake Stripe with the real SDK", () => {
  it("creates a connected account once per idempotency key and refuses the key with other parameters", async () => {
    const params: Stripe.AccountCreateParams = { controller: { fees: { payer: "account" }, losses: { payments: "stripe" }, stripe_dashboard: { type: "full" } }, metadata: { storeId: "s1" } };
    const a = await stripe.accounts.create(params, { idempotencyKey: "acct-s1" });
    const b = await stripe.accounts.create(params, { idempotencyKey: "acct-s1" });
    expect(b.id).toBe(a.id);
    expect(a.metadata).toEqual({ storeId: "s1" });
    expect(a.charges_enabled).toBe(false);
    expect(fake.requests.filter((r) => r.path === "/v1/accounts").map((r) => r.replayed)).toEqual([false, true]);
    const error = await caught(stripe.accounts.create({ ...params, metadata: { storeId: "s2" } }, { idempotencyKey: "acct-s1" }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it("links to onboarding and reports the account's status as set by the test", async () => {
    const account = await stripe.accounts.create({ controller: { stripe_dashboard: { type: "full" } } });
    const link = await stripe.accountLinks.create({ account: account.id, type: "account_onboarding", return_url: "http://x.test/back", refresh_url: "http://x.test/again" });
    expect(link.url.startsWith(`${fake.url}/_fake/onboarding/${account.id}`)).toBe(true);
    const signed = fake.setAccountStatus(account.id, { chargesEnabled: true, detailsSubmitted: true });
    expect(signed.event.type).toBe("account.updated");
    const after = await stripe.accounts.retrieve(account.id);
    expect([after.charges_enabled, after.details_submitted]).toEqual([true, true]);
    const missing = await caught(stripe.accounts.retrieve("acct_nope"));
    expect([missing.statusCode, missing.code]).toEqual([404, "resource_missing"]);
  });

  it("creates PaymentIntents on the connected account only, with the fee and the idempotency key", async () => {
    const account = fake.createConnectedAccount();
    const params: Stripe.PaymentIntentCreateParams = { amount: 12_500, currency: "lkr", automatic_payment_methods: { enabled: true }, application_fee_amount: 250, metadata: { orderId: "o1" } };
    const pi = await stripe.paymentIntents.create(params, { stripeAccount: account.id, idempotencyKey: "pi-o1" });
    const again = await stripe.paymentIntents.create(params, { stripeAccount: account.id, idempotencyKey: "pi-o1" });
    expect(again.id).toBe(pi.id);
    expect(pi).toMatchObject({ amount: 12_500, currency: "lkr", application_fee_amount: 250, status: "requires_payment_method", metadata: { orderId: "o1" } });
    expect(pi.client_secret).toMatch(new RegExp(`^${pi.id}_secret_`));
    const logged = fake.requests.find((r) => r.path === "/v1/payment_intents" && !r.replayed)!;
    expect(logged).toMatchObject({ stripeAccount: account.id, idempotencyKey: "pi-o1", params: { application_fee_amount: "250", automatic_payment_methods: { enabled: "true" } } });

    // Direct charges exist only on the connected account.
    expect((await stripe.paymentIntents.retrieve(pi.id, {}, { stripeAccount: account.id })).id).toBe(pi.id);
    expect((await caught(stripe.paymentIntents.retrieve(pi.id))).code).toBe("resource_missing");
    expect((await caught(stripe.paymentIntents.create({ amount: 100, currency: "lkr", application_fee_amount: 1 }))).param).toBe("application_fee_amount");
    expect((await caught(stripe.paymentIntents.create({ amount: 100, currency: "LKR" }, { stripeAccount: account.id }))).param).toBe("currency");
  });

  it("signs webhooks that constructEvent accepts, and only with the right secret", async () => {
    const account = fake.createConnectedAccount();
    const pi = await stripe.paymentIntents.create({ amount: 5_000, currency: "usd" }, { stripeAccount: account.id });
    const signed = fake.confirmPaymentIntent(pi.id);
    const event = stripe.webhooks.constructEvent(signed.payload, signed.signature, fake.webhookSecret);
    expect(event).toMatchObject({ type: "payment_intent.succeeded", account: account.id, data: { object: { id: pi.id, status: "succeeded", amount_received: 5_000 } } });
    expect(() => stripe.webhooks.constructEvent(signed.payload, signed.signature, "whsec_other")).toThrow(Stripe.errors.StripeSignatureVerificationError);
    const forged = fake.signEvent("payment_intent.succeeded", { id: pi.id }, { secret: "whsec_attacker" });
    expect(() => stripe.webhooks.constructEvent(forged.payload, forged.signature, fake.webhookSecret)).toThrow();
    // A succeeded intent can no longer be cancelled.
    const error = await caught(stripe.paymentIntents.cancel(pi.id, {}, { stripeAccount: account.id }));
    expect([error.statusCode, error.code]).toEqual([400, "payment_intent_unexpected_state"]);
  });

  it("leaves a declined intent open for another attempt, and cancels open ones", async () => {
    const account = fake.createConnectedAccount();
    const pi = await stripe.paymentIntents.create({ amount: 900, currency: "jpy" }, { stripeAccount: account.id });
    const failed = fake.failPaymentIntent(pi.id);
    expect(failed.event).toMatchObject({ type: "payment_intent.payment_failed", data: { object: { status: "requires_payment_method", last_payment_error: { code: "card_declined" } } } });
    const cancelled = await stripe.paymentIntents.cancel(pi.id, { cancellation_reason: "abandoned" }, { stripeAccount: account.id });
    expect([cancelled.status, cancelled.cancellation_reason]).toEqual(["canceled", "abandoned"]);
  });

  it("refuses a wrong API key", async () => {
    const other = new Stripe("sk_test_wrong", { host: fake.host, port: fake.port, protocol: "http", maxNetworkRetries: 0, telemetry: false });
    expect(await caught(other.accounts.retrieve("acct_x"))).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it("delivers webhooks over HTTP from its /_fake controls (other processes: e2e, benchmark)", async () => {
    const received: { signature: string | undefined; body: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ signature: req.headers["stripe-signature"] as string | undefined, body });
        res.end("{}");
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    const hook = await startFakeStripe({ webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook` });
    try {
      const account = (await (await fetch(`${hook.url}/_fake/accounts`, { method: "POST", body: "{}" })).json()) as { id: string };
      const client = new Stripe(hook.secretKey, { host: hook.host, port: hook.port, protocol: "http", maxNetworkRetries: 0, telemetry: false });
      const pi = await client.paymentIntents.create({ amount: 100, currency: "usd" }, { stripeAccount: account.id });
      const res = (await (await fetch(`${hook.url}/_fake/payment_intents/${pi.id}/confirm`, { method: "POST" })).json()) as { delivered: number };
      expect(res.delivered).toBe(200);
      expect(received).toHaveLength(1);
      const event = client.webhooks.constructEvent(received[0]!.body, received[0]!.signature!, hook.webhookSecret);
      expect(event.type).toBe("payment_intent.succeeded");
      // The onboarding page completes the account and returns to the dashboard.
      const link = await client.accountLinks.create({ account: account.id, type: "account_onboarding", return_url: "http://shop.test/done", refresh_url: "http://shop.test/again" });
      const page = await fetch(link.url, { redirect: "manual" });
      expect([page.status, page.headers.get("location")]).toEqual([302, "http://shop.test/done"]);
      expect(received.at(-1)!.body).toContain('"account.updated"');
    } finally {
      await hook.stop();
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });
});
