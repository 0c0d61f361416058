import { formatStoreTime } from "@/components/storefront/account/account-tabs";
import { lineLabel } from "@/components/storefront/cart/line-label";
import { OrderPayment } from "@/components/storefront/checkout/order-payment";
import { formatPrice } from "@/components/storefront/format-price";
import { textLink } from "@/components/storefront/styles";
import type { TDownloadLink, TOrderView } from "@/server/orders";
import { fulfillmentWords, orderWords, paymentMethodWords, paymentWords } from "./order-words";
import { TotalsList } from "./totals-list";

type TProps = {
  order: TOrderView;
  timeZone: string;
  /** The store's cash-on-delivery / bank transfer instructions. */
  codInstructions: string;
  /** The store's pickup instructions, when the order is collected. */
  pickupInstructions: string | null;
  /** Whether the order is collected (local pickup) rather than shipped. */
  pickup: boolean;
  /** Card orders awaiting payment: how "Pay by card" proves access (status token or the owner's session). */
  payment: { token: string | null; orderPath: string } | null;
  /** Stripe sent the shopper back here after a successful confirmation. */
  returnedFromPayment: boolean;
  countryName: (code: string) => string;
  /** Fresh signed download links of the paid digital lines, by line id (made by the page). */
  downloads?: Record<string, TDownloadLink>;
};

type TTimelineEntry = { at: Date | null; text: string };

/** What happened to the order, in the shopper's words, oldest first. */
function timeline(order: TOrderView, timeZone: string): TTimelineEntry[] {
  const entries: TTimelineEntry[] = [{ at: order.placedAt, text: "You placed the order." }];
  const open = order.status === "OPEN";
  if (order.paymentStatus === "PENDING" && open) {
    entries.push({
      at: null,
      text:
        order.paymentMethod === "COD"
          ? "Waiting for your payment. The store confirms it once the money arrives."
          : order.reservationExpiresAt
            ? `Waiting for your card payment. Your items are held until ${formatStoreTime(order.reservationExpiresAt, timeZone)}.`
            : "Waiting for your card payment.",
    });
  }
  if (order.paymentStatus === "FAILED") entries.push({ at: null, text: "The payment did not go through." });
  if (order.paidAt) entries.push({ at: order.paidAt, text: "Payment received. Thank you!" });
  if (order.fulfillmentStatus === "PARTIALLY_FULFILLED") entries.push({ at: null, text: "Part of your order is on its way." });
  if (order.fulfillmentStatus === "FULFILLED") entries.push({ at: null, text: "Your order is on its way." });
  if (order.cancelledAt) entries.push({ at: order.cancelledAt, text: "The order was cancelled. Nothing more is owed for it." });
  return entries;
}

/** A digital line's download: the link while the order is paid, else what to expect. */
function DigitalLine({ link, label, paid, ended, orderNumber, timeZone }: { link: TDownloadLink | undefined; label: string; paid: boolean; ended: boolean; orderNumber: number; timeZone: string }) {
  if (link) {
    const hours = Math.round(link.ttlSeconds / 3600);
    return (
      <p className="text-gray-700" data-testid="digital-download">
        <a href={link.url} rel="nofollow noreferrer" className={textLink} aria-label={`Download ${label}`} data-testid="download-link">
          Download
        </a>{" "}
        <span className="text-gray-600">
          (this link expires in {hours >= 1 ? `${hours} hour${hours === 1 ? "" : "s"}` : "less than an hour"}, at{" "}
          <time dateTime={link.expiresAt.toISOString()}>{formatStoreTime(link.expiresAt, timeZone)}</time>; reopen this page for a new one)
        </span>
      </p>
    );
  }
  return (
    <p className="text-gray-700" data-testid="digital-download">
      {paid
        ? `The download is not available at the moment. Please contact the store and quote order #${orderNumber}.`
        : ended
          ? "The download is not available for this order."
          : "The download link appears here once the payment is received."}
    </p>
  );
}

/**
 * An order as its shopper sees it: number, statuses in words, what to do next (pay, collect),
 * lines (with booked times and digital items), totals, shipping address and the timeline.
 * Shared by the guest status link and the account's order page.
 */
export function OrderDetails({ order, timeZone, codInstructions, pickupInstructions, pickup, payment, returnedFromPayment, countryName, downloads = {} }: TProps) {
  const c = order.currency;
  const paid = order.paymentStatus === "PAID" || order.paymentStatus === "PARTIALLY_REFUNDED";
  const open = order.status === "OPEN";
  const awaitingCard = open && order.paymentMethod === "STRIPE" && order.paymentStatus === "PENDING";
  const address = order.shippingAddress;
  return (
    <div className="space-y-8">
      <dl className="grid gap-3 rounded-md border border-gray-200 p-4 text-sm sm:grid-cols-3" data-testid="order-status">
        <div>
          <dt className="text-gray-600">Order</dt>
          <dd className="font-medium">{orderWords(order)}</dd>
        </div>
        <div>
          <dt className="text-gray-600">Payment</dt>
          <dd className="font-medium" data-testid="payment-status">
            {paymentWords(order)}
          </dd>
        </div>
        <div>
          <dt className="text-gray-600">{order.requiresShipping ? "Delivery" : "Fulfilment"}</dt>
          <dd className="font-medium" data-testid="fulfillment-status">
            {fulfillmentWords(order)}
          </dd>
        </div>
      </dl>

      {returnedFromPayment && order.paymentStatus === "PENDING" && open ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          Thank you: your payment was sent. We confirm it as soon as the payment provider tells us, usually within a minute. You can close this page.
        </p>
      ) : null}

      {open && order.paymentMethod === "COD" && order.paymentStatus === "PENDING" ? (
        <section aria-labelledby="pay-heading" className="rounded-md border border-amber-300 bg-amber-50 p-4">
          <h2 id="pay-heading" className="font-semibold">
            How to pay
          </h2>
          <p className="mt-1 whitespace-pre-line text-sm text-gray-800" data-testid="payment-instructions">
            {codInstructions}
          </p>
          <p className="mt-2 text-sm text-gray-800">
            Amount: <strong>{formatPrice(order.totals.total, c)}</strong> · Reference: <strong>order #{order.number}</strong>
          </p>
        </section>
      ) : null}

      {awaitingCard && payment && !returnedFromPayment ? (
        <section aria-labelledby="card-heading" className="space-y-3 rounded-md border border-gray-200 p-4">
          <h2 id="card-heading" className="font-semibold">
            Pay by card
          </h2>
          <OrderPayment orderId={order.id} token={payment.token} orderPath={payment.orderPath} />
        </section>
      ) : null}

      {pickup && pickupInstructions && open ? (
        <section aria-labelledby="pickup-heading" className="rounded-md border border-gray-200 p-4">
          <h2 id="pickup-heading" className="font-semibold">
            Collecting your order
          </h2>
          <p className="mt-1 whitespace-pre-line text-sm text-gray-800">{pickupInstructions}</p>
        </section>
      ) : null}

      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="mb-2 text-lg font-semibold">
          Items
        </h2>
        <ul className="divide-y divide-gray-200 border-y border-gray-200" data-testid="order-lines">
          {order.lines.map((line) => (
            <li key={line.id} className="flex justify-between gap-4 py-3 text-sm">
              <div className="min-w-0 space-y-1">
                <p className="font-medium">
                  {line.quantity} × {lineLabel(line)}
                </p>
                <p className="text-gray-600">{formatPrice(line.unitPrice, c)} each</p>
                {line.slotStartsAt ? (
                  <p data-testid="booked-slot">
                    Booked for{" "}
                    <time dateTime={line.slotStartsAt.toISOString()}>{formatStoreTime(line.slotStartsAt, timeZone)}</time>
                    {line.slotEndsAt ? <> until {new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone }).format(line.slotEndsAt)}</> : null}
                  </p>
                ) : null}
                {line.productType === "DIGITAL" ? (
                  <DigitalLine link={downloads[line.id]} label={lineLabel(line)} paid={paid} ended={!open || order.paymentStatus === "REFUNDED" || order.paymentStatus === "VOIDED"} orderNumber={order.number} timeZone={timeZone} />
                ) : null}
              </div>
              <p className="shrink-0 tabular-nums">{formatPrice(line.total, c)}</p>
            </li>
          ))}
        </ul>
        <div className="mt-4 sm:ml-auto sm:max-w-sm">
          <TotalsList
            currency={c}
            totals={order.totals}
            shipping={order.requiresShipping ? { name: order.shippingRateName } : null}
            taxLabel={order.taxLabel}
            pricesIncludeTax={order.pricesIncludeTax}
          />
        </div>
      </section>

      <div className="grid gap-6 sm:grid-cols-2">
        {address && !pickup ? (
          <section aria-labelledby="address-heading">
            <h2 id="address-heading" className="mb-2 text-lg font-semibold">
              Shipping address
            </h2>
            <address className="text-sm not-italic leading-relaxed">
              {[address.name, address.company, address.line1, address.line2, [address.city, address.region, address.postalCode].filter(Boolean).join(", "), address.country ? countryName(address.country) : null, address.phone]
                .filter(Boolean)
                .map((part, i) => (
                  <span key={i} className="block">
                    {part}
                  </span>
                ))}
            </address>
          </section>
        ) : null}
        <section aria-labelledby="payment-method-heading">
          <h2 id="payment-method-heading" className="mb-2 text-lg font-semibold">
            Payment method
          </h2>
          <p className="text-sm">{paymentMethodWords(order.paymentMethod)}</p>
          <p className="mt-1 text-sm text-gray-600">Confirmation sent to {order.email}</p>
        </section>
      </div>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="mb-2 text-lg font-semibold">
          What happened so far
        </h2>
        <ol className="space-y-2 border-l-2 border-gray-200 pl-4 text-sm" data-testid="order-timeline">
          {timeline(order, timeZone).map((e, i) => (
            <li key={i}>
              {e.at ? (
                <time dateTime={e.at.toISOString()} className="block text-xs text-gray-600">
                  {formatStoreTime(e.at, timeZone)}
                </time>
              ) : null}
              {e.text}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
