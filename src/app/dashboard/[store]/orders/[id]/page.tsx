import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/dashboard/action-button";
import { actorLabel } from "@/components/dashboard/orders/actor-label";
import { money, orderLabel, PAYMENT_METHOD_LABELS, PAYMENT_STATUS_LABELS, PRODUCT_TYPE_LABELS } from "@/components/dashboard/orders/order-labels";
import { OrderTimeline } from "@/components/dashboard/orders/order-timeline";
import { StatusPill } from "@/components/dashboard/orders/status-pill";
import { StoreTime } from "@/components/dashboard/orders/store-time";
import { formatSlotTimes, slotTimeFormat } from "@/server/catalog";
import { countryOptions } from "@/server/customers";
import { AppError } from "@/server/errors";
import { requireStaffPage } from "@/server/http";
import { getOrderForStaff, ZOrderId, type TOrderDetail } from "@/server/orders";
import { listStaff } from "@/server/staff";
import { getStoreProfile } from "@/server/stores";
import { markOrderPaidAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Order", robots: { index: false } };

type TProps = { params: Promise<{ store: string; id: string }>; searchParams: Promise<{ marked?: string }> };

/** The store's order, or 404 for a malformed id and for another store's order (never 403: its existence is not admitted). */
async function loadOrder(storeId: string, id: string): Promise<TOrderDetail> {
  if (!ZOrderId.safeParse(id).success) notFound();
  try {
    return await getOrderForStaff(storeId, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** A booked slot in the store's zone: "Tue, 1 Dec 2026, 09:30 to 11:00". */
function slotText(startsAt: Date, endsAt: Date | null, timeZone: string): string {
  if (!endsAt) return slotTimeFormat(timeZone).format(startsAt);
  const { start, end } = formatSlotTimes({ startsAt, endsAt }, timeZone);
  return `${start} to ${end}`;
}

function Section({ id, title, children, className = "" }: { id: string; title: string; children: React.ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`rounded-lg border border-gray-200 bg-white p-4 ${className}`}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-1.5">
      <dt className="text-sm text-gray-600">{label}</dt>
      <dd className="text-right text-sm tabular-nums">{children}</dd>
    </div>
  );
}

/**
 * One order (orders:read): lines with their snapshots, totals, the customer, the shipping
 * address (decrypted by the orders domain), payments, booked slots and the timeline with who
 * did what. Staff with orders:write mark a pending cash-on-delivery order paid.
 */
export default async function OrderPage({ params, searchParams }: TProps) {
  const { store: slug, id } = await params;
  const staff = await requireStaffPage(slug, "orders:read");
  const order = await loadOrder(staff.store.id, id);
  const [profile, members, { marked }] = await Promise.all([getStoreProfile(staff.store.id), listStaff(staff.store.id), searchParams]);
  const timeZone = profile?.timeZone ?? "UTC";
  const staffNames = new Map(members.map((m) => [m.userId, m.name || m.email]));
  const countries = new Map(countryOptions().map((c) => [c.value, c.label]));
  const base = `/dashboard/${staff.store.slug}`;
  const c = order.currency;
  const canMarkPaid =
    staff.permissions.includes("orders:write") && order.paymentMethod === "COD" && order.status !== "CANCELLED" && (order.paymentStatus === "PENDING" || order.paymentStatus === "AUTHORIZED");
  const bookings = order.lines.filter((l) => l.slotStartsAt);
  const address = order.shippingAddress;
  const pickup = order.shippingRateId === "pickup";

  return (
    <main className="space-y-6">
      <div>
        <Link href={`${base}/orders`} className="text-sm text-blue-700 underline">
          All orders
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Order {orderLabel(order.number)}</h1>
        <p className="mt-1 text-sm text-gray-600">
          Placed <StoreTime at={order.placedAt} timeZone={timeZone} /> ({timeZone})
        </p>
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Status">
          <li>
            <StatusPill kind="order" status={order.status} />
          </li>
          <li>
            <StatusPill kind="payment" status={order.paymentStatus} />
          </li>
          <li>
            <StatusPill kind="fulfillment" status={order.fulfillmentStatus} />
          </li>
        </ul>
      </div>
      {marked === "paid" && order.paymentStatus === "PAID" ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          Order marked as paid.
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section id="lines-heading" title="Items">
            <div className="mt-3 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Items of order {orderLabel(order.number)}, as they were when it was placed</caption>
                <thead className="text-xs uppercase tracking-wide text-gray-600">
                  <tr>
                    <th scope="col" className="py-2 pr-3">Item</th>
                    <th scope="col" className="px-3 py-2 text-right">Unit price</th>
                    <th scope="col" className="px-3 py-2 text-right">Qty</th>
                    <th scope="col" className="px-3 py-2 text-right">Tax</th>
                    <th scope="col" className="py-2 pl-3 text-right">Total</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100">
                  {order.lines.map((l) => (
                    <tr key={l.id} className="align-top">
                      <th scope="row" className="py-3 pr-3 font-normal">
                        <span className="block font-medium">
                          {l.productId && staff.permissions.includes("catalog:read") ? (
                            <Link href={`${base}/products/${l.productId}`} className="text-blue-700 underline">
                              {l.title}
                            </Link>
                          ) : (
                            l.title
                          )}
                        </span>
                        {l.variantTitle && l.variantTitle !== "Default" ? <span className="block text-gray-700">{l.variantTitle}</span> : null}
                        <span className="block text-xs text-gray-600">
                          SKU {l.sku || "none"} · {PRODUCT_TYPE_LABELS[l.productType] ?? l.productType}
                          {!l.requiresShipping && l.productType === "PHYSICAL" ? " · no shipping" : ""}
                        </span>
                        {l.slotStartsAt ? (
                          <span className="block text-xs text-gray-700">
                            Booked slot: {slotText(l.slotStartsAt, l.slotEndsAt, timeZone)}
                          </span>
                        ) : null}
                      </th>
                      <td className="whitespace-nowrap px-3 py-3 text-right tabular-nums">{money(l.unitPrice, c)}</td>
                      <td className="px-3 py-3 text-right tabular-nums">{l.quantity}</td>
                      <td className="whitespace-nowrap px-3 py-3 text-right tabular-nums">{money(l.tax, c)}</td>
                      <td className="whitespace-nowrap py-3 pl-3 text-right tabular-nums">{money(l.total, c)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <dl className="ml-auto mt-3 max-w-xs divide-y divide-gray-100 border-t border-gray-200 pt-2">
              <Row label="Subtotal">{money(order.totals.subtotal, c)}</Row>
              {!/^0(\.0+)?$/.test(order.totals.discount) ? <Row label="Discount">−{money(order.totals.discount, c)}</Row> : null}
              {order.requiresShipping ? <Row label="Shipping">{money(order.totals.shipping, c)}</Row> : null}
              <Row label={`${order.taxLabel ?? "Tax"}${order.pricesIncludeTax ? " (included)" : ""}`}>{money(order.totals.tax, c)}</Row>
              <div className="flex justify-between gap-4 py-2 font-semibold">
                <dt>Total</dt>
                <dd className="tabular-nums">{money(order.totals.total, c)}</dd>
              </div>
            </dl>
          </Section>

          {bookings.length ? (
            <Section id="bookings-heading" title="Booked slots">
              <ul className="mt-2 space-y-1 text-sm">
                {bookings.map((l) => (
                  <li key={l.id}>
                    <time dateTime={l.slotStartsAt!.toISOString()}>{slotText(l.slotStartsAt!, l.slotEndsAt, timeZone)}</time>: {l.title}
                    {l.variantTitle && l.variantTitle !== "Default" ? ` (${l.variantTitle})` : ""}
                    {l.quantity > 1 ? ` × ${l.quantity}` : ""}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}

          <Section id="timeline-heading" title="Timeline">
            <OrderTimeline entries={order.timeline} staffNames={staffNames} timeZone={timeZone} />
          </Section>
        </div>

        <div className="space-y-6">
          <Section id="payment-heading" title="Payment">
            <dl className="mt-2">
              <Row label="Method">{PAYMENT_METHOD_LABELS[order.paymentMethod] ?? order.paymentMethod}</Row>
              <Row label="Status">{PAYMENT_STATUS_LABELS[order.paymentStatus] ?? order.paymentStatus}</Row>
              {order.paidAt ? (
                <Row label="Paid">
                  <StoreTime at={order.paidAt} timeZone={timeZone} />
                </Row>
              ) : null}
              {order.paidByUserId ? <Row label="Marked paid by">{actorLabel("user", order.paidByUserId, staffNames)}</Row> : null}
              {order.paymentStatus === "PENDING" && order.reservationExpiresAt && order.status !== "CANCELLED" ? (
                <Row label="Stock held until">
                  <StoreTime at={order.reservationExpiresAt} timeZone={timeZone} />
                </Row>
              ) : null}
              {order.cancelledAt ? (
                <Row label="Cancelled">
                  <StoreTime at={order.cancelledAt} timeZone={timeZone} />
                </Row>
              ) : null}
              {order.cancelReason ? <Row label="Reason">{order.cancelReason}</Row> : null}
            </dl>
            {canMarkPaid ? (
              <div className="mt-4 border-t border-gray-200 pt-4">
                <p className="mb-3 text-sm text-gray-700">When the cash or the bank transfer has arrived, record it here. Your name and the time are kept in the timeline.</p>
                <ActionButton action={markOrderPaidAction.bind(null, staff.store.slug, order.id)} label="Mark as paid" pendingLabel="Marking as paid…" />
              </div>
            ) : null}
            {order.payments.length ? (
              <div className="mt-4 border-t border-gray-200 pt-3">
                <h3 className="text-sm font-semibold">Payment records</h3>
                <ul className="mt-2 space-y-2 text-sm">
                  {order.payments.map((p) => (
                    <li key={p.id}>
                      <span className="font-medium">{p.provider === "STRIPE" ? "Stripe" : "Cash / transfer"}</span> · {money(p.amount, p.currency)} ·{" "}
                      {PAYMENT_STATUS_LABELS[p.status] ?? p.status}
                      <span className="block text-xs text-gray-600">
                        <StoreTime at={p.createdAt} timeZone={timeZone} />
                        {p.providerRef ? (
                          <>
                            {" "}
                            · <span className="font-mono">{p.providerRef}</span>
                          </>
                        ) : null}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </Section>

          <Section id="customer-heading" title="Customer">
            <p className="mt-2 text-sm">
              <a href={`mailto:${order.email}`} className="break-all text-blue-700 underline">
                {order.email}
              </a>
            </p>
            <p className="mt-1 text-xs text-gray-600">
              {order.customerId ? (
                staff.permissions.includes("customers:read") ? (
                  <Link href={`${base}/customers/${order.customerId}`} className="text-blue-700 underline">
                    Customer account
                  </Link>
                ) : (
                  "Signed-in customer"
                )
              ) : (
                "Guest checkout"
              )}
            </p>
          </Section>

          <Section id="shipping-heading" title="Shipping">
            {!order.requiresShipping ? (
              <p className="mt-2 text-sm text-gray-700">Nothing to ship: digital goods and services only.</p>
            ) : (
              <>
                <p className="mt-2 text-sm">
                  <span className="text-gray-600">Method: </span>
                  {order.shippingRateName ?? (pickup ? "Local pickup" : "Not recorded")}
                </p>
                {address ? (
                  <address className="mt-2 text-sm not-italic leading-relaxed">
                    {[
                      address.name,
                      address.company,
                      address.line1,
                      address.line2,
                      [address.city, address.region, address.postalCode].filter(Boolean).join(", "),
                      address.country ? (countries.get(address.country) ?? address.country) : null,
                      address.phone,
                    ]
                      .filter(Boolean)
                      .map((line, i) => (
                        <span key={i} className="block">
                          {line}
                        </span>
                      ))}
                  </address>
                ) : (
                  <p className="mt-2 text-sm text-gray-700">{pickup ? "The customer collects the order." : "No address recorded."}</p>
                )}
              </>
            )}
          </Section>
        </div>
      </div>
    </main>
  );
}
