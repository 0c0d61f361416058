import { randomBytes } from "node:crypto";
import { knownDbErrorCode, storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { enqueueEvent } from "@/server/events";
import { queueMail } from "@/server/mail";
import { loadCartLines, lockCart } from "@/server/cart";
import { DEFAULT_COD_INSTRUCTIONS } from "@/server/payments";
import { createStatusToken, nextOrderNumber, recordOrderEvent, sealOrderAddress } from "@/server/orders";
import { ZCheckoutInput, type TCheckoutAddress } from "./checkout.schemas";
import { loadCheckoutConfig } from "./checkout-config";
import { assertDelivery, assertLinesPlaceable, assertPaymentMethod } from "./checkout-checks";
import { precheckAvailability, reserveCart } from "./checkout-stock";
import { withCheckoutSlot } from "./checkout-gate";
import { placedWithKey, type TCheckoutResult } from "./placed-order";
import { resolveDiscountCode } from "./discount-code";
import { orderConfirmationMail, orderStatusUrl } from "./order-mail";
import { quoteCart } from "./quote-cart";
import { PICKUP_RATE_ID } from "./shipping-rules";
import { totalsView } from "./totals-view";

/**
 * Checkouts of one hot variant queue on its stock row: allow them to wait for a connection
 * and for the lock instead of failing under a burst (each holds the lock for milliseconds).
 */
export const CHECKOUT_TX_OPTIONS = { timeout: 30_000, maxWait: 30_000 } as const;

/** A new order id, shaped like Prisma's cuid() but random (the ledger references it before the row exists). */
function newOrderId(): string {
  const n = BigInt(`0x${randomBytes(16).toString("hex")}`);
  return `c${n.toString(36).padStart(25, "0").slice(-24)}`;
}

/**
 * Places the order of a cart (ZCheckoutInput; `session.customerId` comes from the signed-in
 * session, never from the body). ONE transaction (at most MAX_CONCURRENT_CHECKOUTS of them at
 * once per process), with nothing in it that talks to the network:
 * 1. the cart row is locked (first statement), and an order already placed with this
 *    checkoutKey is returned as it is (`replayed: true`): never a second order; a
 *    customer's cart is NOT_FOUND outside that customer's session;
 * 2. the lines are re-read with today's prices and products, and the transaction's snapshot
 *    of the stock answers a sold-out line at once (OUT_OF_STOCK) without queueing for locks;
 * 3. the checks that write nothing (422 with field paths): payment method offered, discount
 *    code (none exist yet: "No such code"), lines still on sale and within the per-line
 *    maximum, shipping address in a ship-to country and an offered shipping method when the
 *    cart ships;
 * 4. the totals from the pure pricing module (what getCheckoutQuote showed, to the minor unit);
 * 5. stock and slot seats reserved by conditional updates in id order (a line that cannot be
 *    covered is OUT_OF_STOCK naming it, and everything rolls back), then the next gapless
 *    order number (taken last: failed checkouts never wait for that lock);
 * 6. the order with line snapshots and the encrypted shipping address, the PENDING payment
 *    (idempotency key from the store and order), the "placed" timeline event, the
 *    `order.placed` outbox event and the confirmation mail; the cart is emptied.
 *
 * Stripe orders hold their reservation for reservationMinutes, cash-on-delivery orders until
 * cancelled. For Stripe the caller then starts the payment outside this transaction
 * (paymentProvider(result.payment.method).startPayment(storeId, result.order.id) in the
 * payments domain). A cart of another store is NOT_FOUND.
 *
 * @throws ZodError (422); AppError VALIDATION_FAILED, NOT_FOUND, OUT_OF_STOCK.
 */
export async function checkoutCart(storeId: string, cartId: string, input: unknown, session: { customerId?: string | null } = {}): Promise<TCheckoutResult> {
  const data = ZCheckoutInput.parse(input);
  const customerId = session.customerId ?? null;
  const method = data.paymentMethod;

  try {
    return await withCheckoutSlot(() => storeDb(storeId).$transaction(async (tx): Promise<TCheckoutResult> => {
      // First statement: the cart lock. Reads after it see whatever a concurrent checkout of
      // the same cart committed (the same key twice, or a double submit).
      const cart = await lockCart(tx, storeId, cartId);
      const placed = await placedWithKey(tx, storeId, data.checkoutKey);
      if (placed) return placed;
      // A customer's cart is checked out only in that customer's session.
      if (!cart || (cart.customerId !== null && cart.customerId !== customerId)) throw new AppError("NOT_FOUND", "Cart not found");
      const rows = await loadCartLines(tx, storeId, cartId, { images: false });
      // A burst on a sold-out item ends here, after four short reads and no lock on stock.
      await precheckAvailability(tx, storeId, rows);

      const config = await loadCheckoutConfig(storeId, tx);
      const { store, settings } = config;
      const instructions = method === "cod" ? settings.codInstructions?.trim() || DEFAULT_COD_INSTRUCTIONS : null;
      assertPaymentMethod(config, method);
      await resolveDiscountCode(storeId, data.discountCode);
      assertLinesPlaceable(rows, settings.maxLineQuantity);
      const address: TCheckoutAddress | undefined = data.shippingAddress;
      const quote = quoteCart(config, rows, {
        destination: address ? { country: address.country, region: address.region } : null,
        billing: data.billingAddress ? { country: data.billingAddress.country, region: data.billingAddress.region } : null,
        shippingRateId: data.shippingRateId ?? null,
      });
      assertDelivery(config, quote, data);
      const totals = quote.totals;

      // Emptied now, before the hot locks are taken (a failure below rolls it back).
      await tx.cartLine.deleteMany({ where: { storeId, cartId } });
      await tx.cart.updateMany({ where: { storeId, id: cartId }, data: { updatedAt: new Date() } });

      const orderId = newOrderId();
      await reserveCart(tx, storeId, rows, orderId, customerId);
      const number = await nextOrderNumber(tx, storeId);
      const token = createStatusToken();
      const provider = method === "cod" ? "COD" : "STRIPE";
      const shipping = quote.requiresShipping ? quote.shipping : null;
      const order = await tx.order.create({
        data: {
          id: orderId,
          storeId,
          number,
          customerId,
          email: data.email,
          paymentMethod: provider,
          fulfillmentStatus: quote.requiresShipping ? "UNFULFILLED" : "NOT_REQUIRED",
          currency: store.currency,
          subtotalMinor: totals.subtotalMinor,
          shippingMinor: totals.shippingMinor,
          taxMinor: totals.taxMinor,
          discountMinor: totals.discountMinor,
          totalMinor: totals.totalMinor,
          pricesIncludeTax: totals.pricesIncludeTax,
          shippingAddress: quote.requiresShipping && address ? sealOrderAddress(address) : null,
          shippingRateName: shipping?.name ?? null,
          shippingRateId: shipping?.id ?? null,
          requiresShipping: quote.requiresShipping,
          statusTokenHash: token.hash,
          checkoutKey: data.checkoutKey,
          reservationExpiresAt: method === "stripe" ? new Date(Date.now() + settings.reservationMinutes * 60_000) : null,
        },
        select: { id: true, status: true, paymentStatus: true },
      });
      await tx.orderLine.createMany({
        data: rows.map((row, position) => ({
          storeId,
          orderId,
          productId: row.variant.product.id,
          variantId: row.variantId,
          slotId: row.slotId,
          productType: row.variant.product.type,
          title: row.variant.product.title,
          variantTitle: row.variant.title,
          sku: row.variant.sku,
          unitPriceMinor: row.variant.priceMinor,
          quantity: row.quantity,
          taxMinor: totals.lines[position]!.taxMinor,
          totalMinor: totals.lines[position]!.lineTotalMinor,
          requiresShipping: row.variant.product.type === "PHYSICAL",
          slotStartsAt: row.slot?.startsAt ?? null,
          slotEndsAt: row.slot?.endsAt ?? null,
          digitalMediaId: row.variant.product.type === "DIGITAL" ? row.variant.product.digitalMediaId : null,
          position,
        })),
      });
      const payment = await tx.payment.create({
        data: { storeId, orderId, provider, amountMinor: totals.totalMinor, currency: store.currency, idempotencyKey: `order:${storeId}:${orderId}` },
        select: { id: true },
      });
      await recordOrderEvent(tx, storeId, orderId, {
        kind: "placed",
        message: `Order #${number} placed (${method === "cod" ? "cash on delivery" : "card"})`,
        actor: { kind: "customer", customerId },
        data: { paymentMethod: provider, totalMinor: totals.totalMinor.toString(), currency: store.currency },
      });
      await enqueueEvent(tx, {
        type: "order.placed",
        storeId,
        payload: { orderId, number, paymentMethod: provider, totalMinor: totals.totalMinor.toString(), currency: store.currency, customerId },
      });
      await queueMail(
        tx,
        orderConfirmationMail({
          store,
          to: data.email,
          orderId,
          number,
          statusToken: token.token,
          lines: rows.map((row, i) => ({
            title: row.variant.product.title,
            variantTitle: row.variant.title,
            quantity: row.quantity,
            lineTotalMinor: totals.lines[i]!.lineTotalMinor,
            slotStartsAt: row.slot?.startsAt ?? null,
          })),
          totals,
          shippingName: shipping?.name ?? null,
          taxName: quote.taxRate?.name ?? null,
          payment: { method, instructions },
          pickupInstructions: shipping?.id === PICKUP_RATE_ID ? settings.pickupInstructions : null,
          hasDigital: rows.some((r) => r.variant.product.type === "DIGITAL"),
        }),
      );
      return {
        order: { id: order.id, number, status: order.status, paymentStatus: order.paymentStatus, currency: store.currency, totals: totalsView(totals, store.currency) },
        statusToken: token.token,
        statusUrl: orderStatusUrl(store.slug, orderId, token.token),
        payment: { method, paymentId: payment.id, instructions },
        replayed: false,
      };
    }, CHECKOUT_TX_OPTIONS));
  } catch (error) {
    // The same checkoutKey placed an order from another cart meanwhile: answer with that order.
    if (knownDbErrorCode(error) === "UNIQUE_VIOLATION") {
      const placed = await placedWithKey(storeDb(storeId), storeId, data.checkoutKey);
      if (placed) return placed;
    }
    throw error;
  }
}
