import "server-only";
import Stripe from "stripe";
import { storeDb } from "@/server/db";
import type { TEventHandler, TOutboxEvent } from "@/server/events";
import { log } from "@/server/log";
import { readStripeSettings } from "./connect-settings";
import { matchPaymentIntent, settlePaymentIntent } from "./settle-payment-intent";
import { stripeClient, stripeConfig } from "./stripe-client";

/**
 * When an unpaid card order's reservation expires (`order.reservation_expired`, written by
 * expireReservations), cancels its PaymentIntent at Stripe so the shopper can no longer pay
 * for stock that was given back. If the shopper paid in the meantime (Stripe refuses to
 * cancel a succeeded intent), the payment is applied at once (applyPaymentSucceeded reopens
 * the order when its stock is still there, else the timeline asks for a refund), without
 * waiting for the webhook. Idempotent (the cancellation carries the key `cancel-<intent>`; a
 * cancelled intent stays cancelled); Stripe being down throws, so the worker retries.
 */
export async function cancelExpiredPaymentIntent(event: TOutboxEvent): Promise<void> {
  const payload = event.payload as { orderId?: unknown; method?: unknown } | null;
  const storeId = event.storeId;
  if (!storeId || payload?.method !== "STRIPE" || typeof payload.orderId !== "string" || !stripeConfig()) return;
  const orderId = payload.orderId;
  const payment = await storeDb(storeId).payment.findFirst({ where: { orderId, provider: "STRIPE", providerRef: { not: null } }, select: { providerRef: true } });
  const { stripeAccountId } = await readStripeSettings(storeId);
  if (!payment?.providerRef || !stripeAccountId) return;
  const stripe = stripeClient();
  const ref = payment.providerRef;
  try {
    await stripe.paymentIntents.cancel(ref, { cancellation_reason: "abandoned" }, { stripeAccount: stripeAccountId, idempotencyKey: `cancel-${ref}` });
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError) || error.code !== "payment_intent_unexpected_state") throw error;
    const pi = await stripe.paymentIntents.retrieve(ref, {}, { stripeAccount: stripeAccountId });
    if (pi.status !== "succeeded") return;
    const match = await matchPaymentIntent(pi, stripeAccountId);
    if (!match.ok) return;
    const settled = await settlePaymentIntent(match.target, pi, "succeeded");
    log.warn({ storeId, orderId, paymentIntentId: ref, settled }, "a card order was paid as its reservation expired");
  }
}

/** The outbox handler (register it in src/server/events/registry.ts). Never rename: it keys deliveries. */
export const stripeExpiryHandler: TEventHandler = {
  name: "payments.cancel-expired-payment-intent",
  types: ["order.reservation_expired"],
  handle: cancelExpiredPaymentIntent,
};
