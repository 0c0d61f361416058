import "server-only";
import Stripe from "stripe";
import { env } from "@/env";
import { unsafeCrossStoreDb } from "@/server/db";
import { log } from "@/server/log";
import { readStripeSettings } from "./connect-settings";
import { ZReconcileInput, type TReconcileInput } from "./payments.schemas";
import { matchPaymentIntent, settlePaymentIntent, type TIntentEffect } from "./settle-payment-intent";
import { stripeClient, stripeConfig } from "./stripe-client";

export type TReconcileResult = {
  /** Orders looked at. */
  checked: number;
  /** Settled as paid (or reopened) from a succeeded intent. */
  paid: number;
  /** Settled as failed from a cancelled intent or a failed last attempt. */
  failed: number;
  /** Still in progress at Stripe (no attempt yet, 3-D Secure, processing): left alone. */
  pending: number;
  /** Not consistent with our records (see matchPaymentIntent), or the intent is gone. */
  ignored: number;
  /** Stripe or the database failed for this order; the next run tries again. */
  errors: number;
};

/** What the intent's state at Stripe means for its order, or null while it is still open. */
export function intentEffect(pi: Stripe.PaymentIntent): TIntentEffect | null {
  if (pi.status === "succeeded") return "succeeded";
  if (pi.status === "canceled") return "failed";
  if (pi.status === "requires_payment_method" && pi.last_payment_error) return "failed";
  return null;
}

/**
 * The safety net for webhooks that never arrived: every Stripe order still awaiting payment
 * `olderThanMinutes` after it was placed (default PAYMENT_RECONCILE_AFTER_MINUTES, 15), whose
 * PaymentIntent exists, is settled from the intent's state at Stripe (retrieved on the
 * store's connected account) through the same idempotent functions as the webhooks: succeeded
 * -> paid; cancelled, or a failed last attempt -> failed; anything else is left for later
 * (reservation expiry cancels it). One order's failure does not stop the run. A no-op when
 * Stripe is not configured. For the worker: run it every few minutes.
 */
export async function reconcileStripePayments(input: TReconcileInput = {}): Promise<TReconcileResult> {
  const options = ZReconcileInput.parse(input);
  const result: TReconcileResult = { checked: 0, paid: 0, failed: 0, pending: 0, ignored: 0, errors: 0 };
  if (!stripeConfig()) return result;
  const stripe = stripeClient();
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - (options.olderThanMinutes ?? env().PAYMENT_RECONCILE_AFTER_MINUTES) * 60_000);
  // Crosses stores: the job looks for pending card orders everywhere; each is then read and
  // changed through its own store's door.
  const rows = await unsafeCrossStoreDb().$queryRaw<{ storeId: string; orderId: string; providerRef: string }[]>`
    SELECT o.storeId, o.id AS orderId, p.providerRef FROM \`Order\` o
    JOIN Payment p ON p.storeId = o.storeId AND p.orderId = o.id AND p.provider = 'STRIPE' AND p.providerRef IS NOT NULL
    WHERE o.paymentMethod = 'STRIPE' AND o.status = 'OPEN' AND o.paymentStatus = 'PENDING' AND o.placedAt <= ${cutoff}
    ORDER BY o.placedAt LIMIT ${options.limit}`;
  for (const row of rows) {
    result.checked += 1;
    try {
      const { stripeAccountId } = await readStripeSettings(row.storeId);
      if (!stripeAccountId) {
        result.ignored += 1;
        continue;
      }
      let pi: Stripe.PaymentIntent;
      try {
        pi = await stripe.paymentIntents.retrieve(row.providerRef, {}, { stripeAccount: stripeAccountId });
      } catch (error) {
        if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === "resource_missing") {
          log.warn({ storeId: row.storeId, orderId: row.orderId, paymentIntentId: row.providerRef }, "reconciliation: the order's PaymentIntent is not on the store's Stripe account");
          result.ignored += 1;
          continue;
        }
        throw error;
      }
      const effect = intentEffect(pi);
      if (!effect) {
        result.pending += 1;
        continue;
      }
      const match = await matchPaymentIntent(pi, stripeAccountId);
      if (!match.ok || match.target.orderId !== row.orderId) {
        result.ignored += 1;
        continue;
      }
      const settled = await settlePaymentIntent(match.target, pi, effect);
      if (settled.result === "applied") {
        const outcome = settled.outcome;
        if (outcome === "paid" || outcome === "reinstated" || outcome === "paid_after_cancel") result.paid += 1;
        else if (outcome === "failed") result.failed += 1;
        else result.ignored += 1;
        log.info({ storeId: row.storeId, orderId: row.orderId, outcome }, "reconciliation settled a Stripe order");
      }
    } catch (error) {
      result.errors += 1;
      log.error({ err: error, storeId: row.storeId, orderId: row.orderId }, "reconciliation failed for a Stripe order");
    }
  }
  return result;
}
