/**
 * "Connect with Stripe" from the dashboard against the fake Stripe (test/fake-stripe): the
 * button's action sends the merchant to Stripe's onboarding link built with the dashboard's
 * own return and refresh pages; the return page asks Stripe for the account's state. The
 * session is mocked (getPlatformActor); everything else is real.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/components/dashboard/form-state";
import { disconnectDb } from "@/server/db";
import { platformUrl } from "@/server/onboarding";
import { getStripeConnectStatus } from "@/server/payments";
import { useFakeStripe } from "@/server/payments/int-test-support";
import { createTestStore, createTestUser, outcome, session } from "../../dashboard-test-support";

vi.mock("@/server/http/platform-auth", async (original) => (await import("../../dashboard-test-session")).mockPlatformAuth(original));
vi.mock("next/headers", async () => (await import("../../dashboard-test-session")).mockNextHeaders());
vi.mock("next/cache", async () => (await import("../../dashboard-test-session")).mockNextCache());

const { startStripeOnboardingAction, refreshStripeStatusAction } = await import("./actions");
const ReturnPage = (await import("./return/page")).default;
const PaymentsPage = (await import("./page")).default;

let fake: Awaited<ReturnType<typeof useFakeStripe>>;
let store: { id: string; slug: string };

beforeAll(async () => {
  fake = await useFakeStripe();
  const owner = await createTestUser("stripe-owner");
  session.userId = owner;
  store = await createTestStore(owner, { name: "Stripe Store", slug: "stripe" });
});

afterAll(async () => {
  await fake.restore();
  await disconnectDb();
});

describe("Stripe Connect from the payments settings", () => {
  it("connects, sends the merchant to Stripe with the dashboard's return and refresh pages, and reads the state on return", async () => {
    expect((await getStripeConnectStatus(store.id)).state).toBe("not_connected");
    expect(await outcome(() => PaymentsPage({ params: Promise.resolve({ store: store.slug }), searchParams: Promise.resolve({}) }))).toBe("ok");

    const sent = await outcome(() => startStripeOnboardingAction(store.slug, IDLE, new FormData()));
    expect(sent).toMatch(new RegExp(`^redirect ${fake.url}/_fake/onboarding/acct_`));
    const link = fake.requests.find((r) => r.path === "/v1/account_links")!;
    expect(link.params).toMatchObject({
      type: "account_onboarding",
      return_url: platformUrl(`/dashboard/${store.slug}/settings/payments/return`),
      refresh_url: platformUrl(`/dashboard/${store.slug}/settings/payments/refresh`),
    });
    const status = await getStripeConnectStatus(store.id);
    expect(status.state).toBe("onboarding_incomplete");

    // The merchant finishes at Stripe, which enables charges; the return page reads that.
    fake.setAccountStatus(status.accountId!, { chargesEnabled: true, detailsSubmitted: true });
    expect(await outcome(() => ReturnPage({ params: Promise.resolve({ store: store.slug }) }))).toBe(`redirect /dashboard/${store.slug}/settings/payments?stripe=returned`);
    expect((await getStripeConnectStatus(store.id)).state).toBe("ready");

    fake.setAccountStatus(status.accountId!, { chargesEnabled: false });
    expect(await refreshStripeStatusAction(store.slug, IDLE, new FormData())).toMatchObject({ status: "ok", message: expect.stringContaining("Stripe is reviewing") });
    expect((await getStripeConnectStatus(store.id)).state).toBe("pending_verification");
  });
});
