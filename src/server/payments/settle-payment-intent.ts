import "server-only";
import type Stripe from "stripe";
import { storeDb } from "@/server/db";
import { log } from "@/server/log";
import { applyPaymentFailed, applyPaymentSucceeded, lockOrderForUpdate, type TPaymentFailedOutcome, type TPaymentSucceededOutcome } from "@/server/orders";
import { readStripeSettings } from "./connect-settings";
import { PAYMENTS_TX_OPTIONS } from "./payments-tx";
import { fromStripeAmount, toStripeCurrency } from "./stripe-amounts";
import { claimWebhookEvent, DuplicateWebhookEvent } from "./webhook-events";

/** Our Payment row that a PaymentIntent was matched to. */
export type TIntentTarget = { storeId: string; orderId: string; paymentId: string; stripeAccount: string; amountMinor: bigint; currency: string };

export type TIntentMatch = { ok: true; target: TIntentTarget } | { ok: false; reason: string };

/**
 * Finds the Payment row a PaymentIntent belongs to, never trusting the intent's metadata
 * alone: the store and order it names must hold a STRIPE Payment whose providerRef is this
 * intent, the intent must live on that store's connected account (direct charges: Stripe's
 * `event.account`, or the account we asked), and its amount and currency must be the
 * payment's. Anything else is not ours to apply (logged; the intent of another integration on
 * the merchant's account is simply not ours).
 */
export async function matchPaymentIntent(pi: Stripe.PaymentIntent, account: string | null | undefined): Promise<TIntentMatch> {
  const storeId = pi.metadata?.storeId;
  const orderId = pi.metadata?.orderId;
  if (!storeId || !orderId) return { ok: false, reason: "not_ours" };
  const payment = await storeDb(storeId).payment.findFirst({
    where: { providerRef: pi.id },
    select: { id: true, orderId: true, provider: true, amountMinor: true, currency: true },
  });
  if (!payment || payment.provider !== "STRIPE") return { ok: false, reason: "unknown_payment_intent" };
  if (payment.orderId !== orderId) {
    log.warn({ storeId, paymentIntentId: pi.id }, "Stripe PaymentIntent names another order than its payment row: not applied");
    return { ok: false, reason: "order_mismatch" };
  }
  const { stripeAccountId } = await readStripeSettings(storeId);
  if (!stripeAccountId || account !== stripeAccountId) {
    log.warn({ storeId, paymentIntentId: pi.id, account }, "Stripe PaymentIntent from another account than the store's: not applied");
    return { ok: false, reason: "account_mismatch" };
  }
  const amount = fromStripeAmount(pi.amount, payment.currency);
  if (pi.currency !== toStripeCurrency(payment.currency) || amount !== payment.amountMinor) {
    log.error(
      { storeId, orderId, paymentIntentId: pi.id, amount: pi.amount, currency: pi.currency, expectedMinor: payment.amountMinor.toString(), expectedCurrency: payment.currency },
      "Stripe PaymentIntent amount or currency differs from the payment's: not applied",
    );
    return { ok: false, reason: "amount_mismatch" };
  }
  return { ok: true, target: { storeId, orderId, paymentId: payment.id, stripeAccount: stripeAccountId, amountMinor: payment.amountMinor, currency: payment.currency } };
}

/** What an intent's state means for its order: paid, failed, or nothing yet. */
export type TIntentEffect = "succeeded" | "failed";

export type TSettleResult =
  | { result: "applied"; outcome: TPaymentSucceededOutcome | TPaymentFailedOutcome }
  | { result: "duplicate" }
  | { result: "stale" };

/** A verified Stripe event, when the change comes from one (reconciliation has none). */
export type TSourceEvent = { id: string; type: string; created: number };

/**
 * Applies a PaymentIntent's outcome to its order in one transaction: the order's row lock
 * first (as every order change takes it), then the event's WebhookEvent row (a duplicate rolls
 * everything back: "duplicate"), then the payment row's lock and its lastEventCreated: an event
 * older than the last one applied changes nothing ("stale"). Success goes through
 * applyPaymentSucceeded (PAID, reservation committed, order.paid), failure and cancellation
 * through applyPaymentFailed (released, order.payment_failed); both are idempotent and a
 * failure never un-pays.
 */
export async function settlePaymentIntent(target: TIntentTarget, pi: Stripe.PaymentIntent, effect: TIntentEffect, event?: TSourceEvent): Promise<TSettleResult> {
  const { storeId, orderId, paymentId } = target;
  const payment = { provider: "STRIPE" as const, providerRef: pi.id };
  try {
    return await storeDb(storeId).$transaction(async (tx): Promise<TSettleResult> => {
      await lockOrderForUpdate(tx, storeId, orderId);
      if (event) await claimWebhookEvent(tx, storeId, event);
      const [row] = await tx.$queryRaw<{ lastEventCreated: number | null }[]>`
        SELECT lastEventCreated FROM Payment WHERE storeId = ${storeId} AND id = ${paymentId} FOR UPDATE`;
      const last = row?.lastEventCreated == null ? null : Number(row.lastEventCreated);
      if (event && last !== null && event.created < last) return { result: "stale" };
      const outcome =
        effect === "succeeded"
          ? await applyPaymentSucceeded(tx, storeId, orderId, { ...payment, amountMinor: fromStripeAmount(pi.amount_received || pi.amount, target.currency) ?? -1n })
          : await applyPaymentFailed(tx, storeId, orderId, { ...payment, amountMinor: target.amountMinor, reason: failureReason(pi) });
      if (event && (last === null || event.created > last)) {
        await tx.payment.update({ where: { id: paymentId }, data: { lastEventCreated: event.created } });
      }
      return { result: "applied", outcome };
    }, PAYMENTS_TX_OPTIONS);
  } catch (error) {
    if (error instanceof DuplicateWebhookEvent) return { result: "duplicate" };
    throw error;
  }
}

/** Why the intent failed, without personal data (Stripe's codes and its generic message). */
function failureReason(pi: Stripe.PaymentIntent): string {
  if (pi.status === "canceled") return `Payment cancelled${pi.cancellation_reason ? ` (${pi.cancellation_reason})` : ""}`;
  const e = pi.last_payment_error;
  if (!e) return "Payment failed";
  return [e.code, e.decline_code, e.message].filter(Boolean).join(": ").slice(0, 200);
}
