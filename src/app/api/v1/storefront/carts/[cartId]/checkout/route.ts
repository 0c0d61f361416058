import { ZCartIdParams } from "@/server/cart";
import { checkoutCart } from "@/server/checkout";
import { AppError } from "@/server/errors";
import { DOMAIN_VALIDATED_BODY, getCustomerActor, privateJson, route } from "@/server/http";
import { log } from "@/server/log";
import { paymentProvider } from "@/server/payments";
import { storeOfHostRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

type TPaymentStartError = {
  /** The error code (NOT_READY: Stripe unreachable; CONFLICT / VALIDATION_FAILED: refused). */
  code: string;
  /** The payments domain's reason, e.g. stripe_not_connected, order_not_payable, stripe_amount_too_small. */
  reason: string | null;
  message: string;
  /** Whether sending the same checkout again (same checkoutKey) may succeed. */
  retryable: boolean;
};

const RETRY = "The order is placed and awaits payment: send the same checkout again (same checkoutKey) to retry.";

/**
 * The card payment of a placed order: Stripe's client secret for the Payment Element, or why it
 * could not be started. The order is already committed, so a failure here is reported beside
 * it rather than thrown: the order stays PENDING with its stock reserved until it is paid or
 * its reservation expires.
 */
async function startCardPayment(storeId: string, orderId: string, requestId: string) {
  try {
    const start = await paymentProvider("stripe").startPayment(storeId, orderId);
    if (start.code !== "stripe") throw new AppError("INTERNAL", "The Stripe provider answered for another method");
    const { clientSecret, publishableKey, stripeAccount, paymentIntentId } = start;
    return { clientSecret, publishableKey, stripeAccount, paymentIntentId, error: null };
  } catch (thrown) {
    let error: TPaymentStartError;
    if (thrown instanceof AppError && thrown.code !== "INTERNAL") {
      const retryable = thrown.code === "NOT_READY";
      error = { code: thrown.code, reason: thrown.details?.fields?.[0]?.code ?? null, message: retryable ? `${thrown.message} ${RETRY}` : thrown.message, retryable };
    } else {
      log.error({ err: thrown, requestId, storeId, orderId }, "starting the card payment of a placed order failed");
      error = { code: "INTERNAL", reason: null, message: `The card payment could not be started. ${RETRY}`, retryable: true };
    }
    return { clientSecret: null, publishableKey: null, stripeAccount: null, paymentIntentId: null, error };
  }
}

/**
 * POST /api/v1/storefront/carts/{cartId}/checkout with {email, shippingAddress?, billingAddress?,
 * shippingRateId?, paymentMethod: "cod" | "stripe", checkoutKey, discountCode?}: places the
 * cart's order in one transaction (prices, stock and totals from the server; the customer from
 * the session on this host, never from the body). 201 with {order: {id, number, status,
 * paymentStatus, currency, totals}, statusToken, statusUrl, payment, replayed: false}; the same
 * checkoutKey again answers 200 with the same order and `replayed: true` (no status token: it
 * is only shown once). For "stripe" the PaymentIntent is started after the order commits:
 * `payment` then carries clientSecret, publishableKey and stripeAccount for the Payment
 * Element, or `payment.error` when Stripe could not be reached (the order exists, PENDING;
 * send the same request again to retry). 409 OUT_OF_STOCK naming the line, 422 for bad fields.
 */
export const POST = route(
  // checkoutCart parses the body (ZCheckoutInput).
  { authorize: storeOfHostRequest, params: ZCartIdParams, body: DOMAIN_VALIDATED_BODY },
  async ({ auth, params, body, requestId }) => {
    const actor = await getCustomerActor(auth.storeId);
    const result = await checkoutCart(auth.storeId, params.cartId, body, { customerId: actor?.customerId ?? null });
    const payment = result.payment.method === "stripe" ? { ...result.payment, ...(await startCardPayment(auth.storeId, result.order.id, requestId)) } : result.payment;
    return privateJson({ ...result, payment }, { status: result.replayed ? 200 : 201 });
  },
);
