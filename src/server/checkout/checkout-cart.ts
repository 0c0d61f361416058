import { taxLabelOf } from "@/lib/percent";
import { knownDbErrorCode, newRowId, sqlOf, sqlTransaction, storeDb, valueRows, type TSql } from "@/server/db";
import { AppError } from "@/server/errors";
import { enqueueEvents } from "@/server/events";
import { mailEvent } from "@/server/mail";
import { loadCart } from "@/server/cart";
import { defaultLocationIdOf, reserveAtDefaultLocation, type TStoreTx } from "@/server/inventory";
import { codInstructionsOf } from "@/server/payments";
import { createStatusToken, recordOrderEvent, sealOrderAddress, takeOrderNumber, takeOrderNumberThen } from "@/server/orders";
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

/** What the transaction answers when this checkoutKey already placed an order (read after it, outside). */
const REPLAY = Symbol("replay");

/**
 * Places the order of a cart (ZCheckoutInput; `session.customerId` comes from the signed-in
 * session, never from the body). ONE transaction (at most MAX_CONCURRENT_CHECKOUTS of them at
 * once per process), with nothing in it that talks to the network, ordered so that the rows
 * every checkout contends for (the store's order counter, then the stock level of a popular
 * variant) are locked LAST and held for as few round trips as possible:
 * 1. the cart row is locked (first statement) and an order already placed with this
 *    checkoutKey is returned as it is (`replayed: true`: never a second order); a customer's
 *    cart is NOT_FOUND outside that customer's session; behind it, one read of the lines with
 *    today's prices and products and the snapshot of their stock, which answers a sold-out
 *    line at once (OUT_OF_STOCK) without queueing for locks;
 * 2. the checks that write nothing (422 with field paths): payment method offered, discount
 *    code (none exist yet: "No such code"), lines still on sale and within the per-line
 *    maximum, shipping address in a ship-to country and an offered shipping method when the
 *    cart ships; then the totals from the pure pricing module over the store's checkout
 *    configuration (kept per process, checkoutConfigOf: what getCheckoutQuote showed, to the
 *    minor unit);
 * 3. the claims: the store's next gapless order number (takeOrderNumber: the counter's lock),
 *    then the stock, reserved by conditional updates with their ledger entries
 *    (reserveAtDefaultLocation: the stock row's lock);
 * 4. the order with its number, line snapshots and the encrypted shipping address, the
 *    PENDING payment with its idempotency key, the "placed" timeline event, the cart emptied,
 *    and the `order.placed` event with the confirmation mail; then COMMIT.
 *
 * The usual case runs on the driver (sqlTransaction): each step that touches the database is
 * one round trip (BEGIN goes with step 1, COMMIT with step 4), three in all. When the stock
 * cannot be reserved that way (a line not at the default location, a low-stock threshold, the
 * last units, a service), the transaction rolls back and the same steps run in a Prisma
 * transaction with reserveCart instead (reserveStock and reserveSlots find other locations,
 * answer OUT_OF_STOCK naming the line and write the availability and low-stock events).
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

  /**
   * The transaction's body, written once for both ways of running it: on the driver (`prisma`
   * null: the fast path, three round trips) or in a Prisma transaction (`prisma` set: the
   * general path, for reserveCart). Returns REPLAY when this checkoutKey already placed an order.
   */
  const placeIn = async (tx: TSql, prisma: TStoreTx | null): Promise<TCheckoutResult | typeof REPLAY> => {
    // 1. The cart lock (the first statement: the reads behind it see whatever a concurrent
    // checkout of the same cart committed) and the lines with their stock: one batch.
    const [[head], { rows }] = await Promise.all([
      tx.query<{ customerId: string | null; placedId: string | null }>(
        "SELECT c.customerId, (SELECT o.id FROM `Order` o WHERE o.storeId = ? AND o.checkoutKey = ?) AS placedId FROM Cart c WHERE c.storeId = ? AND c.id = ? FOR UPDATE",
        [storeId, data.checkoutKey, storeId, cartId],
      ),
      loadCart(tx, storeId, cartId, { images: false }),
    ]);
    if (!head || head.placedId) return REPLAY;
    // A customer's cart is checked out only in that customer's session.
    if (head.customerId !== null && head.customerId !== customerId) throw new AppError("NOT_FOUND", "Cart not found");
    // A burst on a sold-out item ends here, after one read and no lock on stock.
    precheckAvailability(rows);
    // The driver path reserves at the default location only; anything else takes Prisma's.
    if (!prisma && !fastReservable(rows)) throw new FastPathMissed();

    // 2. The checks that write nothing, and the totals.
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

    // 3. The claims, on the rows every checkout contends for: the store's next order number
    // (the counter's lock), then the stock with its ledger entries (the stock row's lock).
    // On the driver one round trip once the process knows the counter (takeOrderNumberThen).
    const orderId = newRowId();
    const actor = { kind: "customer" as const, customerId };
    let number: number;
    if (prisma) {
      number = await takeOrderNumber(tx, storeId);
      await reserveCart(prisma, storeId, rows, orderId, customerId);
    } else {
      const [taken, reserved] = await takeOrderNumberThen(tx, storeId, () =>
        reserveAtDefaultLocation(tx, storeId, trackedItems(rows), { orderId, actor, locationId }),
      );
      if (!reserved) throw new FastPathMissed();
      number = taken;
    }

    // 4. The order written with its number: line snapshots, the encrypted shipping address,
    // the PENDING payment with its idempotency key, the "placed" timeline event, the cart
    // emptied, the `order.placed` event and the confirmation mail; and COMMIT. On the driver
    // one round trip, so the hot locks are held for one turn of the event loop. Only writes
    // of new rows here: a failure is an error, which leaves the COMMIT unrun.
    const paymentId = newRowId();
    const token = createStatusToken();
    const provider = method === "cod" ? "COD" : "STRIPE";
    const shipping = quote.requiresShipping ? quote.shipping : null;
    const taxLabel = taxLabelOf(quote.taxRate);
    const now = new Date();
    const events = [
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
          taxLabel,
          payment: { method, instructions },
          pickupInstructions: shipping?.id === PICKUP_RATE_ID ? settings.pickupInstructions : null,
          hasDigital: rows.some((r) => r.variant.product.type === "DIGITAL"),
        }),
      ),
    ];
    await Promise.all([
      tx.execute(
        `INSERT INTO \`Order\` (id, storeId, number, customerId, email, status, paymentStatus, paymentMethod, fulfillmentStatus, currency,
           subtotalMinor, shippingMinor, taxMinor, discountMinor, totalMinor, pricesIncludeTax, taxLabel, shippingAddress, shippingRateName, shippingRateId,
           requiresShipping, statusTokenHash, checkoutKey, reservationExpiresAt, placedAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, 'OPEN', 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          orderId,
          storeId,
          number,
          customerId,
          data.email,
          provider,
          quote.requiresShipping ? "UNFULFILLED" : "NOT_REQUIRED",
          store.currency,
          totals.subtotalMinor,
          totals.shippingMinor,
          totals.taxMinor,
          totals.discountMinor,
          totals.totalMinor,
          totals.pricesIncludeTax,
          taxLabel,
          quote.requiresShipping && address ? sealOrderAddress(address) : null,
          shipping?.name ?? null,
          shipping?.id ?? null,
          quote.requiresShipping,
          token.hash,
          data.checkoutKey,
          method === "stripe" ? new Date(now.getTime() + settings.reservationMinutes * 60_000) : null,
          now,
          now,
        ],
      ),
      tx.execute(
        `INSERT INTO OrderLine (id, storeId, orderId, productId, variantId, slotId, productType, title, variantTitle, sku, unitPriceMinor, quantity,
           taxMinor, totalMinor, requiresShipping, slotStartsAt, slotEndsAt, digitalMediaId, position) VALUES ${valueRows(rows.length, 19)}`,
        rows.flatMap((row, position) => [
          newRowId(),
          storeId,
          orderId,
          row.variant.product.id,
          row.variantId,
          row.slotId,
          row.variant.product.type,
          row.variant.product.title,
          row.variant.title,
          row.variant.sku,
          row.variant.priceMinor,
          row.quantity,
          totals.lines[position]!.taxMinor,
          totals.lines[position]!.lineTotalMinor,
          row.variant.product.type === "PHYSICAL",
          row.slot?.startsAt ?? null,
          row.slot?.endsAt ?? null,
          row.variant.product.type === "DIGITAL" ? row.variant.product.digitalMediaId : null,
          position,
        ]),
      ),
      tx.execute(
        "INSERT INTO Payment (id, storeId, orderId, provider, status, amountMinor, currency, idempotencyKey, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)",
        [paymentId, storeId, orderId, provider, totals.totalMinor, store.currency, `order:${storeId}:${orderId}`, now, now],
      ),
      recordOrderEvent(tx, storeId, orderId, {
        kind: "placed",
        message: `Order placed (${method === "cod" ? "cash on delivery" : "card"})`,
        actor,
        data: { paymentMethod: provider, totalMinor: totals.totalMinor.toString(), currency: store.currency },
      }),
      tx.execute("DELETE FROM CartLine WHERE storeId = ? AND cartId = ?", [storeId, cartId]),
      enqueueEvents(tx, events),
      tx.commit(),
    ]);
    return {
      order: { id: orderId, number, status: "OPEN", paymentStatus: "PENDING", currency: store.currency, totals: totalsView(totals, store.currency) },
      statusToken: token.token,
      statusUrl: orderStatusUrl(store.slug, orderId, token.token),
      payment: { method, paymentId, instructions },
      replayed: false,
    };
  };

  const place = (fast: boolean) =>
    withCheckoutSlot(() =>
      fast ? sqlTransaction((tx) => placeIn(tx, null)) : storeDb(storeId).$transaction((prisma) => placeIn(sqlOf(prisma), prisma), CHECKOUT_TX_OPTIONS),
    );

  try {
    let placed: TCheckoutResult | typeof REPLAY;
    try {
      placed = await place(true);
    } catch (error) {
      if (!(error instanceof FastPathMissed)) throw error;
      placed = await place(false);
    }
    if (placed !== REPLAY) return placed;
  } catch (error) {
    // The same checkoutKey placed an order from another cart meanwhile: answer with that order.
    if (knownDbErrorCode(error) !== "UNIQUE_VIOLATION") throw error;
  }
  // This checkoutKey placed an order already (seen under the cart lock, or a unique key clash).
  const placed = await placedWithKey(storeDb(storeId), storeId, data.checkoutKey);
  if (placed) return placed;
  throw new AppError("NOT_FOUND", "Cart not found");
}
