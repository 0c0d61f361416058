import "server-only";
import type Stripe from "stripe";
import type { TWebhookOutcome } from "../webhook-events";
import { settleFromEvent } from "./payment-intent-event";

/**
 * `payment_intent.canceled`: the intent can no longer be paid (we cancelled it when the
 * reservation expired, or the merchant did in Stripe): the order fails like a declined payment
 * when it was still waiting; otherwise nothing changes.
 */
export function handlePaymentIntentCanceled(event: Stripe.Event): Promise<TWebhookOutcome> {
  return settleFromEvent(event, "canceled", "failed");
}
