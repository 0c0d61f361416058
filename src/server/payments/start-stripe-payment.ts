import "server-only";
import { env } from "@/env";
import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { readStripeSettings } from "./connect-settings";
import { callStripe, paymentRefused, PAYMENTS_TX_OPTIONS, type TStoreTx } from "./payments-tx";
import { applicationFeeMinor, toStripeAmount, toStripeCurrency } from "./stripe-amounts";
import { stripeClient, stripeConfig } from "./stripe-client";

export type TStripePaymentStart = {
  paymentIntentId: string;
  /** For the Payment Element (stripe.js confirms the payment with it; card data never reaches us). */
  clientSecret: string;
  publishableKey: string;
  /** Direct charges: the browser loads Stripe with `{ stripeAccount }` to see the intent. */
  stripeAccount: string;
  amountMinor: bigint;
  currency: string;
  applicationFeeMinor: bigint;
};

const ORDER_SELECT = { id: true, number: true, status: true, paymentStatus: true, paymentMethod: true, totalMinor: true, currency: true, reservationExpiresAt: true } as const;
type TOrderRow = { status: string; paymentStatus: string; paymentMethod: string; reservationExpiresAt: Date | null };

/** Why an order cannot be paid with Stripe now, or null when it can. */
function unpayable(order: TOrderRow, now: Date): string | null {
  if (order.paymentMethod !== "STRIPE") return "The order is not paid by card";
  if (order.status !== "OPEN" || order.paymentStatus !== "PENDING") return "The order is not awaiting payment";
  if (order.reservationExpiresAt && order.reservationExpiresAt <= now) return "The order's reservation has expired";
  return null;
}

async function lockOrder(tx: TStoreTx, storeId: string, orderId: string) {
  await tx.$queryRaw`SELECT id FROM \`Order\` WHERE storeId = ${storeId} AND id = ${orderId} FOR UPDATE`;
  return tx.order.findUnique({ where: { id: orderId }, select: ORDER_SELECT });
}

/**
 * Starts (or resumes) the card payment of a Stripe order: a PaymentIntent for the order total
 * in the order's currency, created as a direct charge on the store's connected account with the
 * platform's application fee (PLATFORM_FEE_BP of the total, half-up), automatic payment methods
 * and metadata { storeId, orderId, orderNumber }. The creation carries the idempotency key of
 * the order's Payment row (`pi-<orderId>` when the checkout made none), so a retry or a
 * concurrent call gets the same intent; once the Payment row holds the intent id (providerRef)
 * later calls retrieve it instead. The id and fee are saved under the order's row lock after
 * re-checking that the order still awaits payment (else the new intent is cancelled at Stripe).
 *
 * @throws AppError NOT_FOUND (order of another store too); CONFLICT with field paymentMethod
 *   and code stripe_not_configured | stripe_not_connected | order_not_payable;
 *   VALIDATION_FAILED stripe_amount_unsupported or Stripe's own refusal (stripe_<code>);
 *   NOT_READY when Stripe cannot be reached.
 */
export async function startStripePayment(storeId: string, orderId: string, options: { now?: Date } = {}): Promise<TStripePaymentStart> {
  const stripe = stripeClient();
  const config = stripeConfig()!;
  const now = options.now ?? new Date();
  const db = storeDb(storeId);
  const order = await db.order.findUnique({ where: { id: orderId }, select: ORDER_SELECT });
  if (!order) throw new AppError("NOT_FOUND", "Order not found");
  const reason = unpayable(order, now);
  if (reason) throw paymentRefused("order_not_payable", reason);
  const settings = await readStripeSettings(storeId);
  if (!settings.stripeAccountId || !settings.stripeChargesEnabled) {
    throw paymentRefused("stripe_not_connected", "This store cannot take card payments right now. Choose another payment method.");
  }
  const stripeAccount = settings.stripeAccountId;
  const view = (pi: { id: string; client_secret: string | null }, feeMinor: bigint): TStripePaymentStart => {
    if (!pi.client_secret) throw new AppError("INTERNAL", "Stripe returned a PaymentIntent without a client secret");
    return { paymentIntentId: pi.id, clientSecret: pi.client_secret, publishableKey: config.publishableKey, stripeAccount, amountMinor: order.totalMinor, currency: order.currency, applicationFeeMinor: feeMinor };
  };

  const existing = await db.payment.findFirst({ where: { orderId, provider: "STRIPE" }, orderBy: { createdAt: "desc" } });
  if (existing?.providerRef) {
    const ref = existing.providerRef;
    const pi = await callStripe("paymentIntents.retrieve", () => stripe.paymentIntents.retrieve(ref, {}, { stripeAccount }));
    if (pi.status === "canceled") throw paymentRefused("order_not_payable", "The payment of this order was cancelled");
    return view(pi, existing.applicationFeeMinor ?? 0n);
  }

  const amount = toStripeAmount(order.totalMinor, order.currency);
  const currency = toStripeCurrency(order.currency);
  const feeMinor = applicationFeeMinor(order.totalMinor, env().PLATFORM_FEE_BP);
  const idempotencyKey = existing?.idempotencyKey ?? `pi-${orderId}`;
  const pi = await callStripe("paymentIntents.create", () =>
    stripe.paymentIntents.create(
      {
        amount,
        currency,
        automatic_payment_methods: { enabled: true },
        ...(feeMinor > 0n ? { application_fee_amount: toStripeAmount(feeMinor, order.currency) } : {}),
        description: `Order #${order.number}`,
        metadata: { storeId, orderId, orderNumber: String(order.number) },
      },
      { stripeAccount, idempotencyKey },
    ),
  );

  const saved = await db.$transaction(async (tx) => {
    const current = await lockOrder(tx, storeId, orderId);
    if (!current || unpayable(current, now)) return false;
    const payment = await tx.payment.findFirst({ where: { orderId, provider: "STRIPE" }, orderBy: { createdAt: "desc" } });
    if (payment) {
      if (payment.providerRef && payment.providerRef !== pi.id) return false;
      await tx.payment.update({ where: { id: payment.id }, data: { providerRef: pi.id, applicationFeeMinor: feeMinor } });
    } else {
      await tx.payment.create({
        data: { storeId, orderId, provider: "STRIPE", status: "PENDING", amountMinor: order.totalMinor, currency: order.currency, providerRef: pi.id, idempotencyKey, applicationFeeMinor: feeMinor },
      });
    }
    return true;
  }, PAYMENTS_TX_OPTIONS);
  if (!saved) {
    await stripe.paymentIntents.cancel(pi.id, { cancellation_reason: "abandoned" }, { stripeAccount }).catch((error: unknown) => {
      log.warn({ err: error, storeId, orderId, paymentIntentId: pi.id }, "could not cancel the PaymentIntent of an order that stopped awaiting payment");
    });
    throw paymentRefused("order_not_payable", "The order is not awaiting payment");
  }
  return view(pi, feeMinor);
}
