import "server-only";
import { readStripeSettings, type TStripeSettings } from "./connect-settings";
import { STRIPE_NOT_CONFIGURED_MESSAGE, stripeConfig } from "./stripe-client";

export type TStripeConnectState = "not_configured" | "not_connected" | "onboarding_incomplete" | "pending_verification" | "ready";

export type TStripeConnectStatus = {
  state: TStripeConnectState;
  /** Whether the platform has Stripe keys at all. */
  configured: boolean;
  accountId: string | null;
  chargesEnabled: boolean;
  detailsSubmitted: boolean;
  checkedAt: Date | null;
  /** One sentence for the dashboard's payments settings. */
  message: string;
};

export const CONNECT_MESSAGES: Readonly<Record<TStripeConnectState, string>> = {
  not_configured: STRIPE_NOT_CONFIGURED_MESSAGE,
  not_connected: "Connect a Stripe account to accept card payments. Until then customers can pay cash on delivery or by bank transfer.",
  onboarding_incomplete: "Your Stripe account is connected but onboarding is not finished. Continue onboarding to accept card payments.",
  pending_verification: "Stripe is reviewing your details. Card payments start as soon as Stripe enables charges.",
  ready: "Card payments are on: customers can pay with Stripe.",
};

export function connectState(configured: boolean, s: TStripeSettings): TStripeConnectState {
  if (!configured) return "not_configured";
  if (!s.stripeAccountId) return "not_connected";
  if (s.stripeChargesEnabled) return "ready";
  return s.stripeDetailsSubmitted ? "pending_verification" : "onboarding_incomplete";
}

/**
 * The store's Stripe Connect status for the dashboard (from our database: no call to Stripe;
 * refreshStripeAccountStatus asks Stripe). Shows "not configured" when the platform has no
 * Stripe keys.
 */
export async function getStripeConnectStatus(storeId: string): Promise<TStripeConnectStatus> {
  const configured = stripeConfig() !== null;
  const settings = await readStripeSettings(storeId);
  const state = connectState(configured, settings);
  return {
    state,
    configured,
    accountId: settings.stripeAccountId,
    chargesEnabled: settings.stripeChargesEnabled,
    detailsSubmitted: settings.stripeDetailsSubmitted,
    checkedAt: settings.stripeStatusCheckedAt,
    message: CONNECT_MESSAGES[state],
  };
}
