"use server";

import { redirect } from "next/navigation";
import {
  ADDRESS_FIELDS,
  NEW_ADDRESS,
  PICKUP_ID,
  type TCheckoutState,
  type TDiscountResult,
  type TQuoteRequest,
  type TQuoteResult,
  type TStripeStart,
} from "@/components/storefront/checkout/checkout-types";
import { checkoutCart, getCheckoutQuote, resolveDiscountCode, type TCheckoutResult } from "@/server/checkout";
import { getCustomerAddress } from "@/server/customers";
import { AppError } from "@/server/errors";
import { getCustomerOrder, getOrderByToken } from "@/server/orders";
import { startStripePayment } from "@/server/payments";
import { actionFailure } from "../cart/action-errors";
import { currentShopper, findShopperCartId } from "../cart/shopper-cart";
import { toQuoteView } from "./quote-view";

const text = (form: FormData, key: string): string | undefined => {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
};
/** An optional field left empty is absent (the domain's schemas decide what is required). */
const filled = (value: string | null | undefined): string | undefined => (value && value.trim() ? value : undefined);

/** The order's page on the store host: the status token for guests (and anyone with the link). */
function orderPathOf(orderId: string, token: string | null): string {
  return `/orders/${encodeURIComponent(orderId)}${token ? `?token=${encodeURIComponent(token)}` : ""}`;
}

/**
 * The checkout's review: the domain's quote for the shopper's cart, the destination typed so
 * far and the chosen shipping option (ZCheckoutQuoteQuery), computed by the code that places
 * the order, so the totals shown are the totals charged.
 */
export async function quoteCheckoutAction(request: TQuoteRequest): Promise<TQuoteResult> {
  try {
    const shopper = await currentShopper();
    const cartId = await findShopperCartId(shopper, { keepCookie: true });
    if (!cartId) return { ok: false, message: "Your cart is empty." };
    const query = { country: filled(request?.country), region: filled(request?.region), shippingRateId: filled(request?.shippingRateId) };
    return { ok: true, quote: toQuoteView(await getCheckoutQuote(shopper.storeId, cartId, query)) };
  } catch (error) {
    const failure = actionFailure(error);
    return { ok: false, message: Object.values(failure.fieldErrors)[0] ?? failure.message };
  }
}

/** "Apply" next to the discount code: the discounts extension point answers (today: "No such code"). */
export async function checkDiscountCodeAction(code: string): Promise<TDiscountResult> {
  const entered = typeof code === "string" ? code.trim().slice(0, 64) : "";
  if (!entered) return { ok: false, message: "Enter a code" };
  try {
    await resolveDiscountCode((await currentShopper()).storeId, entered);
    return { ok: true, message: "Code applied: the discount shows in your order total." };
  } catch (error) {
    const failure = actionFailure(error);
    return { ok: false, message: failure.fieldErrors.discountCode ?? failure.message };
  }
}

/** Stripe's Payment Element data for a placed card order, or why it could not start. */
async function startCardPayment(storeId: string, orderId: string): Promise<{ stripe: TStripeStart | null; paymentError: string | null }> {
  try {
    const start = await startStripePayment(storeId, orderId);
    return { stripe: { publishableKey: start.publishableKey, stripeAccount: start.stripeAccount, clientSecret: start.clientSecret }, paymentError: null };
  } catch (error) {
    return { stripe: null, paymentError: actionFailure(error).message };
  }
}

/**
 * "Place order". Builds the domain's checkout input from the form (a saved address is read
 * from the signed-in customer's book, never taken from the form), then checkoutCart parses it
 * with ZCheckoutInput and places the order in one transaction. The hidden checkoutKey, made
 * once per page load, makes a repeated submit answer with the same order. Cash on delivery goes
 * straight to the order's page; a card order stays here for the Payment Element.
 */
export async function placeOrderAction(_prev: TCheckoutState, form: FormData): Promise<TCheckoutState> {
  let result: TCheckoutResult;
  let storeId: string;
  let signedIn: boolean;
  const addressChoice = text(form, "addressId");
  const savedAddress = !!addressChoice && addressChoice !== NEW_ADDRESS;
  try {
    const shopper = await currentShopper();
    storeId = shopper.storeId;
    signedIn = shopper.customerId !== null;
    const cartId = await findShopperCartId(shopper, { keepCookie: true });
    if (!cartId) return { formError: "Your cart is empty. Add something to it before checking out." };
    const shippingRateId = filled(text(form, "shippingRateId"));
    let shippingAddress: Record<string, string> | undefined;
    if (shippingRateId !== PICKUP_ID && (addressChoice || form.has("shippingAddress.country"))) {
      if (savedAddress) {
        const saved = shopper.customerId ? await getCustomerAddress(storeId, shopper.customerId, addressChoice) : null;
        if (!saved) return { fieldErrors: { addressId: "This address is no longer in your address book. Choose another." } };
        shippingAddress = {};
        for (const key of ADDRESS_FIELDS) {
          const value = filled(saved[key]);
          if (value !== undefined) shippingAddress[key] = value;
        }
      } else {
        shippingAddress = {};
        for (const key of ADDRESS_FIELDS) {
          const value = text(form, `shippingAddress.${key}`) ?? "";
          const required = key === "name" || key === "line1" || key === "city" || key === "country";
          if (required || filled(value) !== undefined) shippingAddress[key] = value;
        }
      }
    }
    const input = {
      email: text(form, "email") ?? "",
      paymentMethod: text(form, "paymentMethod") ?? "",
      checkoutKey: text(form, "checkoutKey") ?? "",
      ...(shippingRateId ? { shippingRateId } : {}),
      ...(filled(text(form, "discountCode")) ? { discountCode: text(form, "discountCode") } : {}),
      ...(shippingAddress ? { shippingAddress } : {}),
    };
    result = await checkoutCart(storeId, cartId, input, { customerId: shopper.customerId });
  } catch (error) {
    return checkoutFailure(error, savedAddress);
  }

  const { order } = result;
  if (result.replayed && !result.statusToken) {
    if (signedIn) redirect(orderPathOf(order.id, null));
    return { notice: `Your order #${order.number} was already placed. The link to follow it is in your confirmation email.` };
  }
  const orderPath = orderPathOf(order.id, result.statusToken);
  if (result.payment.method === "cod") redirect(orderPath);
  const payment = await startCardPayment(storeId, order.id);
  return { placed: { orderId: order.id, number: order.number, total: order.totals.total, orderPath, ...payment } };
}

/** Domain failures as the form shows them: field messages by input name, line problems listed. */
function checkoutFailure(error: unknown, savedAddress: boolean): TCheckoutState {
  const failure = actionFailure(error);
  const fieldErrors: Record<string, string> = {};
  const lineProblems: string[] = [];
  for (const [path, message] of Object.entries(failure.fieldErrors)) {
    if (path === "lines" || path.startsWith("lines.")) lineProblems.push(message);
    else if (path === "checkoutKey") fieldErrors.form ??= "This checkout page has expired. Reload the page and try again.";
    else if (savedAddress && path.startsWith("shippingAddress")) fieldErrors.addressId ??= message;
    else fieldErrors[path] ??= message;
  }
  if (failure.code === "OUT_OF_STOCK" || lineProblems.length) {
    return { formError: failure.code === "OUT_OF_STOCK" ? "Some items in your cart are no longer available in the quantity you chose." : failure.message, outOfStock: lineProblems.length ? lineProblems : [failure.message], fieldErrors };
  }
  if (failure.code === "NOT_FOUND" && !Object.keys(fieldErrors).length) return { formError: "Your cart is empty. Add something to it before checking out." };
  const formError = fieldErrors.form ?? (Object.keys(fieldErrors).length ? "Please correct the highlighted fields." : failure.message);
  return { formError, fieldErrors };
}

/**
 * "Pay now" for a card order awaiting payment (the order's page, or the checkout after the
 * first attempt failed to start). The order must be the caller's: its status token, or the
 * signed-in customer's own order. Resumes the same PaymentIntent (the payments domain is
 * idempotent per order).
 */
export async function startOrderPaymentAction(orderId: string, token: string | null): Promise<{ ok: true; stripe: TStripeStart } | { ok: false; message: string }> {
  try {
    const shopper = await currentShopper();
    const id = typeof orderId === "string" ? orderId : "";
    const order = token
      ? await getOrderByToken(shopper.storeId, id, token)
      : shopper.customerId
        ? await getCustomerOrder(shopper.storeId, shopper.customerId, id)
        : null;
    if (!order) throw new AppError("NOT_FOUND", "Order not found");
    const payment = await startCardPayment(shopper.storeId, order.id);
    return payment.stripe ? { ok: true, stripe: payment.stripe } : { ok: false, message: payment.paymentError ?? "The card payment could not be started." };
  } catch (error) {
    return { ok: false, message: actionFailure(error).message };
  }
}
