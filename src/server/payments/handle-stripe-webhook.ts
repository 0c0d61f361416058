import "server-only";
import type Stripe from "stripe";
import { env } from "@/env";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { constructStripeEvent, stripeConfig } from "./stripe-client";
import type { TWebhookOutcome } from "./webhook-events";
import { handleAccountUpdated } from "./webhooks/account-updated";
import { handlePaymentIntentCanceled } from "./webhooks/payment-intent-canceled";
import { handlePaymentIntentPaymentFailed } from "./webhooks/payment-intent-payment-failed";
import { handlePaymentIntentSucceeded } from "./webhooks/payment-intent-succeeded";

/** The event types we act on, one handler file each; every other type is acknowledged and ignored. */
export const STRIPE_WEBHOOK_HANDLERS: Readonly<Record<string, (event: Stripe.Event) => Promise<TWebhookOutcome>>> = {
  "payment_intent.succeeded": handlePaymentIntentSucceeded,
  "payment_intent.payment_failed": handlePaymentIntentPaymentFailed,
  "payment_intent.canceled": handlePaymentIntentCanceled,
  "account.updated": handleAccountUpdated,
};

const badSignature = (code: "signature_missing" | "signature_invalid", message: string) =>
  new AppError("BAD_REQUEST", message, { fields: [{ path: "stripe-signature", message, code }] });

/**
 * Processes one Stripe webhook delivery (the platform's Connect endpoint: events of every
 * store's connected account arrive here). The signature is verified on the exact raw body
 * with STRIPE_WEBHOOK_SECRET (Stripe's constructEvent, which also refuses timestamps older
 * than five minutes); then the allowlisted handler applies it, deduplicated by event id in
 * the same transaction as its effect. Duplicates, stale, foreign and unknown events are
 * answered normally (the route says 200) so that Stripe stops retrying them; a database
 * failure throws, so Stripe retries.
 *
 * @throws AppError NOT_FOUND when Stripe is not configured (the endpoint does not exist);
 *   PAYLOAD_TOO_LARGE; BAD_REQUEST (field stripe-signature, code signature_missing |
 *   signature_invalid) for a missing or bad signature, with nothing written.
 */
export async function handleStripeWebhook(input: { rawBody: string; signature: string | null }): Promise<TWebhookOutcome> {
  const config = stripeConfig();
  if (!config) throw new AppError("NOT_FOUND", "Not found");
  if (Buffer.byteLength(input.rawBody, "utf8") > env().API_MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The webhook body is too large");
  if (!input.signature) throw badSignature("signature_missing", "The Stripe-Signature header is missing");
  let event: Stripe.Event;
  try {
    event = constructStripeEvent(input.rawBody, input.signature, config.webhookSecret);
  } catch (error) {
    log.warn({ err: (error as Error).message }, "Stripe webhook refused: bad signature");
    throw badSignature("signature_invalid", "The Stripe signature does not match this body");
  }
  if (typeof event.id !== "string" || !event.id || event.id.length > 191 || typeof event.type !== "string" || !Number.isSafeInteger(event.created)) {
    return { eventId: String(event.id ?? ""), type: String(event.type ?? ""), result: "ignored", reason: "malformed_event" };
  }
  const handler = Object.hasOwn(STRIPE_WEBHOOK_HANDLERS, event.type) ? STRIPE_WEBHOOK_HANDLERS[event.type] : undefined;
  if (!handler) return { eventId: event.id, type: event.type, result: "ignored", reason: "unhandled_type" };
  return handler(event);
}
