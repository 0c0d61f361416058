import "server-only";
import { storeDb } from "@/server/db";
import { enqueueEvent } from "@/server/events";
import type { TStoreTx } from "./payments-tx";

/**
 * The Stripe Connect columns of CheckoutSettings. The payments domain is their only writer;
 * the checkout domain owns the rest of the row (a missing row means its defaults, so the
 * first write here creates it with the default ship country: the store's own).
 */
export type TStripeSettings = {
  stripeAccountId: string | null;
  stripeChargesEnabled: boolean;
  stripeDetailsSubmitted: boolean;
  stripeStatusCheckedAt: Date | null;
};

export const STRIPE_SETTINGS_SELECT = { stripeAccountId: true, stripeChargesEnabled: true, stripeDetailsSubmitted: true, stripeStatusCheckedAt: true } as const;

const NONE: TStripeSettings = { stripeAccountId: null, stripeChargesEnabled: false, stripeDetailsSubmitted: false, stripeStatusCheckedAt: null };

/** The store's Stripe Connect state (defaults when it has no settings row). */
export async function readStripeSettings(storeId: string): Promise<TStripeSettings> {
  const row = await storeDb(storeId).checkoutSettings.findUnique({ where: { storeId }, select: STRIPE_SETTINGS_SELECT });
  return row ?? NONE;
}

/** The same, locking the row (when it exists) until the transaction ends. */
export async function lockStripeSettings(tx: TStoreTx, storeId: string): Promise<TStripeSettings | null> {
  await tx.$queryRaw`SELECT id FROM CheckoutSettings WHERE storeId = ${storeId} FOR UPDATE`;
  return tx.checkoutSettings.findUnique({ where: { storeId }, select: STRIPE_SETTINGS_SELECT });
}

export type TAccountStatus = { chargesEnabled: boolean; detailsSubmitted: boolean };

/**
 * Records what Stripe says about the store's connected account, inside the caller's
 * transaction. Ignored (false) when the account is not the store's, or when the observation is
 * older than the one saved (an account.updated event delivered after a fresher read: compared
 * by whole seconds, as Stripe's event.created is). A change writes `checkout_settings.updated`.
 */
export async function saveAccountStatus(tx: TStoreTx, storeId: string, accountId: string, status: TAccountStatus, observedAt: Date): Promise<boolean> {
  const current = await lockStripeSettings(tx, storeId);
  if (!current || current.stripeAccountId !== accountId) return false;
  if (current.stripeStatusCheckedAt && Math.floor(observedAt.getTime() / 1000) < Math.floor(current.stripeStatusCheckedAt.getTime() / 1000)) return false;
  await tx.checkoutSettings.update({
    where: { storeId },
    data: { stripeChargesEnabled: status.chargesEnabled, stripeDetailsSubmitted: status.detailsSubmitted, stripeStatusCheckedAt: observedAt },
  });
  const fields = [
    ...(current.stripeChargesEnabled !== status.chargesEnabled ? ["stripeChargesEnabled"] : []),
    ...(current.stripeDetailsSubmitted !== status.detailsSubmitted ? ["stripeDetailsSubmitted"] : []),
  ];
  if (fields.length) await enqueueEvent(tx, { type: "checkout_settings.updated", storeId, payload: { storeId, fields } });
  return true;
}
