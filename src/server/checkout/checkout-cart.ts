import { randomInt } from "node:crypto";
import { knownDbErrorCode, newRowId, storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { enqueueEvents } from "@/server/events";
import { mailEvent } from "@/server/mail";
import { loadCart } from "@/server/cart";
import { defaultLocationIdOf, reserveAtDefaultLocation } from "@/server/inventory";
import { codInstructionsOf } from "@/server/payments";
import { createStatusToken, numberOrder, recordOrderEvent, sealOrderAddress } from "@/server/orders";
import { ZCheckoutInput, type TCheckoutAddress } from "./checkout.schemas";
import { checkoutConfigOf } from "./checkout-config";
import { assertDelivery, assertLinesPlaceable, assertPaymentMethod } from "./checkout-checks";
import { fastReservable, precheckAvailability, reserveCart, trackedItems } from "./checkout-stock";
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

/** Thrown inside the transaction when the stock fast path could not reserve: roll back, place through reserveStock. */
class FastPathMissed extends Error {}

/**
 * A provisional order number, negative so it can never meet a real one, until numberOrder
 * gives the order its number in the same transaction (no other transaction ever sees it).
 */
const provisionalNumber = () => -1 - randomInt(2_000_000_000);

/**
 * Places the order of a cart (ZCheckoutInput; `session.customerId` comes from the signed-in
 * session, never from the body). ONE transaction (at most MAX_CONCURRENT_CHECKOUTS of them at
 * once per process), with nothing in it that talks to the network, ordered so that the rows
 * every checkout contends for (the stock level of a popular variant, the store's order
 * counter) are locked LAST and held for as few statements as possible:
 * 1. the cart row is locked (first statement), and an order already placed with this
 *    checkoutKey is returned as it is (`replayed: true`): never a second order; a
 *    customer's cart is NOT_FOUND outside that customer's session;
 * 2. one read of the lines with today's prices and products and the snapshot of their stock,
 *    which answers a sold-out line at once (OUT_OF_STOCK) without queueing for locks;
 * 3. the checks that write nothing (422 with field paths): payment method offered, discount
 *    code (none exist yet: "No such code"), lines still on sale and within the per-line
 *    maximum, shipping address in a ship-to country and an offered shipping method when the
 *    cart ships; then the totals from the pure pricing module over the store's checkout
 *    configuration (kept per process, checkoutConfigOf: what getCheckoutQuote showed, to the
 *    minor unit);
 * 4. the writes nobody else waits for: the cart emptied, the order (provisional number) with
 *    line snapshots and the encrypted shipping address, the PENDING payment (idempotency key
 *    from the store and order), the "placed" timeline event, and the stock ledger entries;
 * 5. the hot part: stock reserved by conditional updates (reserveAtDefaultLocation; when it
 *    cannot, everything rolls back and the order is placed again through reserveStock and
 *    reserveSlots, which find other locations, answer OUT_OF_STOCK naming the line and write
 *    the availability and low-stock events), the next gapless order number (numberOrder), and
 *    the `order.placed` event with the confirmation mail in one INSERT; then COMMIT.
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
  const [config, locationId] = await Promise.all([checkoutConfigOf(storeId), defaultLocationIdOf(storeId)]);
  const { store, settings } = config;
  const instructions = method === "cod" ? codInstructionsOf(settings) : null;

  const place = (fast: boolean) =>
    withCheckoutSlot(() =>
      storeDb(storeId).$transaction(async (tx): Promise<TCheckoutResult> => {
        // First statement: the cart lock. Reads after it see whatever a concurrent checkout of
        // the same cart committed (the same key twice, or a double submit).
        const [head] = await tx.$queryRaw<{ customerId: string | null; placedId: string | null }[]>`
          SELECT c.customerId, (SELECT o.id FROM \`Order\` o WHERE o.storeId = ${storeId} AND o.checkoutKey = ${data.checkoutKey}) AS placedId
          FROM Cart c WHERE c.storeId = ${storeId} AND c.id = ${cartId} FOR UPDATE`;
        if (!head || head.placedId) {
          const placed = await placedWithKey(tx, storeId, data.checkoutKey);
          if (placed) return placed;
        }
        // A customer's cart is checked out only in that customer's session.
        if (!head || (head.customerId !== null && head.customerId !== customerId)) throw new AppError("NOT_FOUND", "Cart not found");
        const { rows } = await loadCart(tx, storeId, cartId, { images: false });
        // A burst on a sold-out item ends here, after two short reads and no lock on stock.
        precheckAvailability(rows);

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

        await tx.cartLine.deleteMany({ where: { storeId, cartId } });
        const orderId = newRowId();
        const paymentId = newRowId();
        const token = createStatusToken();
        const provider = method === "cod" ? "COD" : "STRIPE";
        const shipping = quote.requiresShipping ? quote.shipping : null;
        // createMany: one INSERT each, no read-back.
        await tx.order.createMany({
          data: [
            {
              id: orderId,
              storeId,
              number: provisionalNumber(),
              customerId,
              email: data.email,
              status: "OPEN",
              paymentStatus: "PENDING",
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
          ],
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
        await tx.payment.createMany({
          data: [{ id: paymentId, storeId, orderId, provider, amountMinor: totals.totalMinor, currency: store.currency, idempotencyKey: `order:${storeId}:${orderId}` }],
        });
        await recordOrderEvent(tx, storeId, orderId, {
          kind: "placed",
          message: `Order placed (${method === "cod" ? "cash on delivery" : "card"})`,
          actor: { kind: "customer", customerId },
          data: { paymentMethod: provider, totalMinor: totals.totalMinor.toString(), currency: store.currency },
        });

        // The hot part: stock, then the order number, then the events that carry the number.
        const actor = { kind: "customer" as const, customerId };
        if (fast && fastReservable(rows)) {
          if (!(await reserveAtDefaultLocation(tx, storeId, trackedItems(rows), { orderId, actor, locationId }))) throw new FastPathMissed();
        } else {
          await reserveCart(tx, storeId, rows, orderId, customerId);
        }
        const number = await numberOrder(tx, storeId, orderId);
        await enqueueEvents(tx, [
          {
            type: "order.placed",
            storeId,
            payload: { orderId, number, paymentMethod: provider, totalMinor: totals.totalMinor.toString(), currency: store.currency, customerId },
          },
          mailEvent(
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
          ),
        ]);
        return {
          order: { id: orderId, number, status: "OPEN", paymentStatus: "PENDING", currency: store.currency, totals: totalsView(totals, store.currency) },
          statusToken: token.token,
          statusUrl: orderStatusUrl(store.slug, orderId, token.token),
          payment: { method, paymentId, instructions },
          replayed: false,
        };
      }, CHECKOUT_TX_OPTIONS),
    );

  try {
    try {
      return await place(true);
    } catch (error) {
      if (!(error instanceof FastPathMissed)) throw error;
      return await place(false);
    }
  } catch (error) {
    // The same checkoutKey placed an order from another cart meanwhile: answer with that order.
    if (knownDbErrorCode(error) === "UNIQUE_VIOLATION") {
      const placed = await placedWithKey(storeDb(storeId), storeId, data.checkoutKey);
      if (placed) return placed;
    }
    throw error;
  }
}
