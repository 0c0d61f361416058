import "server-only";
import type Stripe from "stripe";
import { storeDb } from "@/server/db";
import { readStripeSettings, saveAccountStatus } from "../connect-settings";
import { PAYMENTS_TX_OPTIONS } from "../payments-tx";
import { claimWebhookEvent, DuplicateWebhookEvent, type TWebhookOutcome } from "../webhook-events";

/**
 * `account.updated` (Connect): saves whether the store's connected account can take charges
 * and has submitted its details. The store comes from the account's metadata (set when we
 * created it) and must really hold that account id; an event older than the status saved
 * changes nothing.
 */
export async function handleAccountUpdated(event: Stripe.Event): Promise<TWebhookOutcome> {
  const base = { eventId: event.id, type: event.type };
  const account = event.data.object as Stripe.Account;
  const storeId = account?.object === "account" ? account.metadata?.storeId : undefined;
  if (!storeId) return { ...base, result: "ignored", reason: "not_ours" };
  if ((await readStripeSettings(storeId)).stripeAccountId !== account.id || (event.account && event.account !== account.id)) {
    return { ...base, result: "ignored", reason: "account_mismatch" };
  }
  try {
    const saved = await storeDb(storeId).$transaction(async (tx) => {
      await claimWebhookEvent(tx, storeId, event);
      return saveAccountStatus(tx, storeId, account.id, { chargesEnabled: account.charges_enabled, detailsSubmitted: account.details_submitted }, new Date(event.created * 1000));
    }, PAYMENTS_TX_OPTIONS);
    return { ...base, result: saved ? "applied" : "stale" };
  } catch (error) {
    if (error instanceof DuplicateWebhookEvent) return { ...base, result: "duplicate" };
    throw error;
  }
}
