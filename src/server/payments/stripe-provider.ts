import "server-only";
import { readStripeSettings } from "./connect-settings";
import { CONNECT_MESSAGES, connectState } from "./get-stripe-connect-status";
import type { TPaymentProvider } from "./provider";
import { startStripePayment } from "./start-stripe-payment";
import { stripeConfig } from "./stripe-client";

/**
 * Cards and the other methods of Stripe's Payment Element, charged directly on the store's
 * connected account. Offered when the platform has Stripe keys and the store's account can
 * take charges.
 */
export const stripeProvider: TPaymentProvider = {
  code: "stripe",
  method: "STRIPE",
  async describe(storeId) {
    const state = connectState(stripeConfig() !== null, await readStripeSettings(storeId));
    const available = state === "ready";
    return {
      code: "stripe",
      method: "STRIPE",
      label: "Card",
      description: "Pay securely with Stripe.",
      available,
      unavailableReason: available ? null : CONNECT_MESSAGES[state],
    };
  },
  async startPayment(storeId, orderId) {
    const start = await startStripePayment(storeId, orderId);
    return { code: "stripe", clientSecret: start.clientSecret, publishableKey: start.publishableKey, stripeAccount: start.stripeAccount, paymentIntentId: start.paymentIntentId };
  },
};
