import "server-only";
import type Stripe from "stripe";
import { log } from "@/server/log";
import { matchPaymentIntent, settlePaymentIntent, type TIntentEffect } from "../settle-payment-intent";
import type { TWebhookOutcome } from "../webhook-events";

/**
 * What the payment_intent.* handlers share: match the intent to our Payment row (never on
 * metadata alone), check that the event's intent is in the state its type claims, and settle
 * it with the event (deduplicated, ordered by event.created).
 */
export async function settleFromEvent(event: Stripe.Event, expectedStatus: string | null, effect: TIntentEffect): Promise<TWebhookOutcome> {
  const base = { eventId: event.id, type: event.type };
  const pi = event.data.object as Stripe.PaymentIntent;
  if (pi?.object !== "payment_intent") return { ...base, result: "ignored", reason: "not_a_payment_intent" };
  if (expectedStatus && pi.status !== expectedStatus) return { ...base, result: "ignored", reason: "status_mismatch" };
  const match = await matchPaymentIntent(pi, event.account);
  if (!match.ok) return { ...base, result: "ignored", reason: match.reason };
  const settled = await settlePaymentIntent(match.target, pi, effect, { id: event.id, type: event.type, created: event.created });
  if (settled.result === "applied") {
    log.info({ eventId: event.id, type: event.type, storeId: match.target.storeId, orderId: match.target.orderId, outcome: settled.outcome }, "Stripe event applied");
    return { ...base, result: "applied", reason: settled.outcome };
  }
  return { ...base, result: settled.result };
}
