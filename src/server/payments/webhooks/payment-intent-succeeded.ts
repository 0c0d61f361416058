import "server-only";
import type Stripe from "stripe";
import type { TWebhookOutcome } from "../webhook-events";
import { settleFromEvent } from "./payment-intent-event";

/**
 * `payment_intent.succeeded`: the order is paid (reservation committed as a sale, order.paid
 * and the timeline entry), or reopened when it had been cancelled by the system and its stock
 * is still there (see applyPaymentSucceeded). The only way a card order becomes paid, so it
 * completes even when the shopper never returns to the store.
 */
export function handlePaymentIntentSucceeded(event: Stripe.Event): Promise<TWebhookOutcome> {
  return settleFromEvent(event, "succeeded", "succeeded");
}
