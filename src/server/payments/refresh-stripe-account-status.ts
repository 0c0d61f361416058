import "server-only";
import { storeDb } from "@/server/db";
import { readStripeSettings, saveAccountStatus } from "./connect-settings";
import { getStripeConnectStatus, type TStripeConnectStatus } from "./get-stripe-connect-status";
import { callStripe, PAYMENTS_TX_OPTIONS } from "./payments-tx";
import { stripeClient } from "./stripe-client";

/**
 * Asks Stripe for the store's connected account and saves whether it can take charges and has
 * submitted its details (the dashboard calls it when the merchant returns from onboarding;
 * account.updated webhooks keep it current otherwise). A store without an account is returned
 * as it is, without a call.
 *
 * @throws AppError CONFLICT stripe_not_configured, NOT_READY when Stripe cannot be reached.
 */
export async function refreshStripeAccountStatus(storeId: string): Promise<TStripeConnectStatus> {
  const stripe = stripeClient();
  const { stripeAccountId } = await readStripeSettings(storeId);
  if (!stripeAccountId) return getStripeConnectStatus(storeId);
  const account = await callStripe("accounts.retrieve", () => stripe.accounts.retrieve(stripeAccountId));
  const observedAt = new Date();
  await storeDb(storeId).$transaction(
    (tx) => saveAccountStatus(tx, storeId, stripeAccountId, { chargesEnabled: account.charges_enabled, detailsSubmitted: account.details_submitted }, observedAt),
    PAYMENTS_TX_OPTIONS,
  );
  return getStripeConnectStatus(storeId);
}
