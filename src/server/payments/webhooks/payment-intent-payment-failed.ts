import "server-only";
import type Stripe from "stripe";
import type { TWebhookOutcome } from "../webhook-events";
import { settleFromEvent } from "./payment-intent-event";

/**
 * `payment_intent.payment_failed`: the attempt was declined; the order's reservation is
 * released and the order cancelled with payment FAILED (applyPaymentFailed). Stripe keeps the
 * intent open, so if the shopper retries and pays, payment_intent.succeeded reopens the order
 * when the stock is still there. Never un-pays: after a success (or an older event arriving
 * late) it changes nothing.
 */
export function handlePaymentIntentPaymentFailed(event: Stripe.Event): Promise<TWebhookOutcome> {
  return settleFromEvent(event, null, "failed");
}
