import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/env";
import { disconnectDb, storeDb } from "@/server/db";
import { createStripeOnboardingLink, getStripeConnectStatus, listPaymentMethods, refreshStripeAccountStatus } from "./index";
import { deliver, events, failure, makeStore, makeUser, useFakeStripe, webhookRows } from "./int-test-support";

let fake: Awaited<ReturnType<typeof useFakeStripe>>;
beforeAll(async () => {
  fake = await useFakeStripe();
});
afterAll(async () => {
  await fake.restore();
  await disconnectDb();
});

const urls = { returnUrl: "http://localhost:3000/dashboard/shop/settings/payments?stripe=return", refreshUrl: "http://localhost:3000/dashboard/shop/settings/payments?stripe=refresh" };

describe("Stripe Connect onboarding", () => {
  it("creates the store's connected account once and returns a fresh onboarding link each time", async () => {
    const store = await makeStore("pay-onboard");
    const actor = await makeUser();
    expect((await getStripeConnectStatus(store.id)).state).toBe("not_connected");

    const first = await createStripeOnboardingLink(store.id, actor, urls);
    const second = await createStripeOnboardingLink(store.id, actor, urls);
    expect(second.accountId).toBe(first.accountId);
    expect(first.url.startsWith(`${fake.url}/_fake/onboarding/${first.accountId}`)).toBe(true);
    expect(first.expiresAt.getTime()).toBeGreaterThan(Date.now());

    const creations = fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/accounts" && r.params.metadata && (r.params.metadata as Record<string, string>).storeId === store.id);
    expect(creations).toHaveLength(1);
    expect(creations[0]).toMatchObject({ idempotencyKey: `acct-${store.id}`, stripeAccount: null, params: { controller: { fees: { payer: "account" }, losses: { payments: "stripe" }, stripe_dashboard: { type: "full" } } } });
    const links = fake.requests.filter((r) => r.path === "/v1/account_links" && r.params.account === first.accountId);
    expect(links.map((l) => [l.params.type, l.params.return_url, l.params.refresh_url])).toEqual([
      ["account_onboarding", urls.returnUrl, urls.refreshUrl],
      ["account_onboarding", urls.returnUrl, urls.refreshUrl],
    ]);

    const settings = await storeDb(store.id).checkoutSettings.findUniqueOrThrow({ where: { storeId: store.id } });
    expect([settings.stripeAccountId, settings.stripeChargesEnabled, settings.shipCountries]).toEqual([first.accountId, false, ["LK"]]);
    expect(await storeDb(store.id).auditLogEntry.count({ where: { action: "payments.stripe_account_created" } })).toBe(1);
    expect((await getStripeConnectStatus(store.id)).state).toBe("onboarding_incomplete");
  });

  it("creates one account when two onboarding requests race", async () => {
    const store = await makeStore("pay-race");
    const actor = await makeUser();
    const [a, b] = await Promise.all([createStripeOnboardingLink(store.id, actor, urls), createStripeOnboardingLink(store.id, actor, urls)]);
    expect(a.accountId).toBe(b.accountId);
    expect(await storeDb(store.id).auditLogEntry.count({ where: { action: "payments.stripe_account_created" } })).toBe(1);
  });

  it("refuses URLs that are not http(s) and writes nothing", async () => {
    const store = await makeStore("pay-badurl");
    const error = await failure(createStripeOnboardingLink(store.id, await makeUser(), { returnUrl: "javascript:alert(1)", refreshUrl: urls.refreshUrl }));
    expect(error.issues?.map((i) => i.path.join("."))).toEqual(["returnUrl"]);
    expect(await storeDb(store.id).checkoutSettings.count()).toBe(0);
  });

  it("refreshes the status from Stripe and offers card payments once charges are enabled", async () => {
    const store = await makeStore("pay-refresh");
    const { accountId } = await createStripeOnboardingLink(store.id, await makeUser(), urls);
    expect((await listPaymentMethods(store.id, { availableOnly: true })).map((m) => m.code)).toEqual(["cod"]);

    fake.setAccountStatus(accountId, { detailsSubmitted: true, chargesEnabled: false });
    expect((await refreshStripeAccountStatus(store.id)).state).toBe("pending_verification");
    fake.setAccountStatus(accountId, { detailsSubmitted: true, chargesEnabled: true });
    const status = await refreshStripeAccountStatus(store.id);
    expect(status).toMatchObject({ state: "ready", chargesEnabled: true, detailsSubmitted: true, accountId });
    expect(status.checkedAt).toBeInstanceOf(Date);
    expect((await listPaymentMethods(store.id, { availableOnly: true })).map((m) => m.code)).toEqual(["cod", "stripe"]);
    const changes = (await events(store.id, "checkout_settings.updated")).map((e) => (e.payload as { fields: string[] }).fields);
    expect(changes).toEqual([["stripeAccountId"], ["stripeDetailsSubmitted"], ["stripeChargesEnabled"]]);
  });

  it("applies account.updated webhooks once, ignores older ones and other stores' accounts", async () => {
    const store = await makeStore("pay-acct-hook");
    const other = await makeStore("pay-acct-other");
    const { accountId } = await createStripeOnboardingLink(store.id, await makeUser(), urls);
    const { accountId: otherAccount } = await createStripeOnboardingLink(other.id, await makeUser(), urls);

    const now = Math.floor(Date.now() / 1000);
    const enabled = fake.setAccountStatus(accountId, { chargesEnabled: true, detailsSubmitted: true }, { created: now });
    expect(await deliver(enabled)).toMatchObject({ result: "applied" });
    expect(await deliver(enabled)).toMatchObject({ result: "duplicate" });
    expect((await getStripeConnectStatus(store.id)).state).toBe("ready");

    const older = fake.setAccountStatus(accountId, { chargesEnabled: false, detailsSubmitted: false }, { created: now - 120 });
    expect(await deliver(older)).toMatchObject({ result: "stale" });
    expect((await getStripeConnectStatus(store.id)).state).toBe("ready");
    expect(await webhookRows(store.id)).toHaveLength(2);

    // The other store's account, claiming (in its metadata) to be this store's: not applied.
    const forged = fake.signEvent("account.updated", { ...fake.accounts.get(otherAccount)!, charges_enabled: true, metadata: { storeId: store.id } }, { account: otherAccount });
    expect(await deliver(forged)).toMatchObject({ result: "ignored", reason: "account_mismatch" });
    expect((await getStripeConnectStatus(other.id)).chargesEnabled).toBe(false);
    expect((await getStripeConnectStatus(store.id)).accountId).toBe(accountId);
  });
});

describe("without Stripe keys", () => {
  it("says Stripe is not configured and offers only cash on delivery", async () => {
    const store = await makeStore("pay-nokeys");
    const saved = process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_SECRET_KEY;
    resetEnvForTests();
    try {
      const status = await getStripeConnectStatus(store.id);
      expect(status).toMatchObject({ state: "not_configured", configured: false });
      expect(status.message).toMatch(/not configured/);
      expect((await listPaymentMethods(store.id, { availableOnly: true })).map((m) => m.code)).toEqual(["cod"]);
      const error = await failure(createStripeOnboardingLink(store.id, await makeUser(), urls));
      expect([error.code, error.details?.fields?.[0]]).toEqual(["CONFLICT", expect.objectContaining({ path: "paymentMethod", code: "stripe_not_configured" })]);
      expect((await failure(deliver({ payload: "{}", signature: "t=1,v1=x" }))).code).toBe("NOT_FOUND");
    } finally {
      process.env.STRIPE_SECRET_KEY = saved;
      resetEnvForTests();
    }
  });
});
