import "server-only";
import type Stripe from "stripe";
import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/audit";
import { enqueueEvent } from "@/server/events";
import { getStoreProfile } from "@/server/stores";
import { lockStripeSettings, readStripeSettings } from "./connect-settings";
import { ZStripeOnboardingInput } from "./payments.schemas";
import { auditActor, callStripe, type TPaymentsActor, type TRequestContext } from "./payments-tx";
import { stripeClient } from "./stripe-client";

/**
 * A connected account for direct charges, with the configuration Stripe recommends for them:
 * the store is the merchant of record with the full Stripe Dashboard, pays Stripe's fees and
 * bears its own refunds and disputes; Stripe (not the platform) carries negative balances.
 */
function accountParams(storeId: string, storeName: string): Stripe.AccountCreateParams {
  return {
    controller: { fees: { payer: "account" }, losses: { payments: "stripe" }, stripe_dashboard: { type: "full" } },
    business_profile: { name: storeName },
    metadata: { storeId },
  };
}

export type TStripeOnboardingLink = { url: string; expiresAt: Date; accountId: string };

/**
 * Starts (or continues) Stripe Connect onboarding for the store: creates its connected account
 * the first time (once: the account id is saved in CheckoutSettings under the row's lock, and
 * the creation carries the idempotency key `acct-<storeId>` so a concurrent or retried request
 * gets the same account), then returns a single-use Stripe-hosted onboarding link. Stripe
 * sends the merchant back to `returnUrl`, or to `refreshUrl` when the link has expired. The
 * account's creation is audited (payments.stripe_account_created) and writes
 * `checkout_settings.updated`. Callers check settings:write.
 *
 * @throws ZodError (422) for invalid URLs; AppError NOT_FOUND (store), CONFLICT
 *   stripe_not_configured, NOT_READY when Stripe cannot be reached.
 */
export async function createStripeOnboardingLink(storeId: string, actor: TPaymentsActor, input: unknown, context: TRequestContext = {}): Promise<TStripeOnboardingLink> {
  const { returnUrl, refreshUrl } = ZStripeOnboardingInput.parse(input);
  const stripe = stripeClient();
  const store = await getStoreProfile(storeId);
  if (!store) throw new AppError("NOT_FOUND", "Store not found");

  let accountId = (await readStripeSettings(storeId)).stripeAccountId;
  if (!accountId) {
    const account = await callStripe("accounts.create", () => stripe.accounts.create(accountParams(storeId, store.name), { idempotencyKey: `acct-${storeId}` }));
    // The row must exist before it is locked: locking a missing row takes gap locks, and two
    // racing requests would then deadlock on their inserts. The checkout's defaults otherwise.
    await storeDb(storeId).checkoutSettings.createMany({ data: [{ storeId, shipCountries: [store.country] }], skipDuplicates: true });
    accountId = await storeDb(storeId).$transaction(async (tx) => {
      const current = await lockStripeSettings(tx, storeId);
      if (current?.stripeAccountId) return current.stripeAccountId;
      await tx.checkoutSettings.update({
        where: { storeId },
        data: { stripeAccountId: account.id, stripeChargesEnabled: false, stripeDetailsSubmitted: false, stripeStatusCheckedAt: null },
      });
      await recordAudit({ storeId, ...auditActor(actor, context), action: "payments.stripe_account_created", targetType: "store", targetId: storeId, data: { accountId: account.id } }, tx);
      await enqueueEvent(tx, { type: "checkout_settings.updated", storeId, payload: { storeId, fields: ["stripeAccountId"] } });
      return account.id;
    });
  }
  const link = await callStripe("accountLinks.create", () =>
    stripe.accountLinks.create({ account: accountId, type: "account_onboarding", return_url: returnUrl, refresh_url: refreshUrl }),
  );
  return { url: link.url, expiresAt: new Date(link.expires_at * 1000), accountId };
}
