/**
 * Payments, behind one provider interface (TPaymentProvider): cash on delivery / bank transfer
 * (no network; staff mark the order paid through the orders domain) and Stripe. Each store
 * connects its own Stripe account (Connect onboarding); card payments are direct charges on
 * that account with the platform's application fee (PLATFORM_FEE_BP). An order becomes paid
 * only from a verified webhook (raw-body signature, allowlisted types, deduplicated by event
 * id in the transaction of its effect, older events ignored) or from the reconciliation job
 * that reads the PaymentIntent at Stripe. Without STRIPE_SECRET_KEY only cash on delivery is
 * offered. Everything takes the storeId first; another store's order is NOT_FOUND.
 */
import "server-only";

export {
  ZStripeOnboardingInput,
  ZReconcileInput,
  ZPaymentMethodCode,
  PAYMENT_METHOD_CODES,
  type TStripeOnboardingInput,
  type TReconcileInput,
  type TPaymentMethodCode,
} from "./payments.schemas";
export type { TPaymentProvider, TPaymentMethodDescription, TPaymentStart } from "./provider";
export { PAYMENT_PROVIDERS, paymentProvider, listPaymentMethods } from "./payment-providers";
export { codInstructionsOf, codProvider, DEFAULT_COD_INSTRUCTIONS } from "./cod-provider";
export { stripeProvider } from "./stripe-provider";
export { STRIPE_NOT_CONFIGURED_MESSAGE } from "./stripe-client";
export type { TPaymentsActor, TRequestContext } from "./payments-tx";
export { getStripeConnectStatus, type TStripeConnectStatus, type TStripeConnectState } from "./get-stripe-connect-status";
export { createStripeOnboardingLink, type TStripeOnboardingLink } from "./create-stripe-onboarding-link";
export { refreshStripeAccountStatus } from "./refresh-stripe-account-status";
export { startStripePayment, type TStripePaymentStart } from "./start-stripe-payment";
export { handleStripeWebhook, STRIPE_WEBHOOK_HANDLERS } from "./handle-stripe-webhook";
export type { TWebhookOutcome } from "./webhook-events";
export { reconcileStripePayments, type TReconcileResult } from "./reconcile-stripe-payments";
export { pruneWebhookEvents } from "./prune-webhook-events";
export { stripeExpiryHandler, cancelExpiredPaymentIntent } from "./cancel-expired-payment-intent";
export { applicationFeeMinor, toStripeAmount } from "./stripe-amounts";
