import "server-only";
import { formatMoney } from "@/lib/money";
import type { OrderStatus, PaymentMethod, PaymentStatus, ProductType } from "@/server/db";
import { enqueueEvents } from "@/server/events";
import type { TStoreTx } from "@/server/inventory";
import { mailEvent } from "@/server/mail";
import { storeUrl } from "@/server/storefront";
import { getStoreProfile } from "@/server/stores";
import { createDownloadLinks } from "./download-link";
import { MAX_DOWNLOAD_LINK_TTL_SECONDS } from "./download-token";
import { formatStoreTime, lineLabel } from "./order-mail-format";

/** How long the download links in the "payment received" mail work (the longest a link may). */
const PAID_MAIL_LINK_TTL_SECONDS = MAX_DOWNLOAD_LINK_TTL_SECONDS;

type TPaidOrder = {
  id: string;
  number: number;
  email: string;
  customerId: string | null;
  currency: string;
  totalMinor: bigint;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  lines: {
    id: string;
    title: string;
    variantTitle: string;
    quantity: number;
    productType: ProductType;
    digitalMediaId: string | null;
    slotStartsAt: Date | null;
  }[];
};

/**
 * The shopper's "payment received" mail (plain text), which the order confirmation promises
 * for card payments and which tells a cash-on-delivery buyer that the store has the money:
 * the amount, the files of digital lines as signed links (valid PAID_MAIL_LINK_TTL_SECONDS;
 * the order page always makes fresh ones), the booked slots, and where the order is: the
 * account's order page for a signed-in customer, the confirmation mail's link for a guest (only
 * the hash of a guest's status token is stored, so this mail cannot repeat it).
 */
export function paymentReceivedMail(
  store: { id: string; name: string; slug: string; timeZone: string },
  order: TPaidOrder,
  now = new Date(),
): { to: string; storeId: string; subject: string; text: string } {
  const links = createDownloadLinks(store.id, order, { now, ttlSeconds: PAID_MAIL_LINK_TTL_SECONDS });
  const downloads = order.lines.filter((l) => links[l.id]).map((l) => `${lineLabel(l)}:\n${storeUrl(store.slug, links[l.id]!.url)}`);
  const expiry = Object.values(links)[0]?.expiresAt;
  const bookings = order.lines.filter((l) => l.slotStartsAt).map((l) => `${l.quantity} x ${lineLabel(l)}, ${formatStoreTime(l.slotStartsAt!, store.timeZone)}`);
  const where = order.customerId
    ? `See your order at any time:\n${storeUrl(store.slug, `/account/orders/${encodeURIComponent(order.id)}`)}`
    : "Your order's page is linked in your order confirmation mail" + (downloads.length ? "; it gives fresh download links at any time." : ".");
  return {
    to: order.email,
    storeId: store.id,
    subject: `Payment received for order #${order.number}`,
    text: [
      `Thank you: ${store.name} has received your payment of ${formatMoney(order.totalMinor, order.currency)} for order #${order.number}.`,
      ...(downloads.length && expiry ? [`Your downloads (these links work until ${formatStoreTime(expiry, store.timeZone)}):\n\n${downloads.join("\n\n")}`] : []),
      ...(bookings.length ? [`Your booking${bookings.length > 1 ? "s" : ""}:\n${bookings.join("\n")}`] : []),
      where,
      store.name,
    ].join("\n\n"),
  };
}

/**
 * Announces, inside the transaction that made the order PAID, that it is paid: the `order.paid`
 * event and the shopper's "payment received" mail, written together in one statement, so both
 * exist exactly when the payment does. Call it after the order row says PAID.
 */
export async function announceOrderPaid(tx: TStoreTx, storeId: string, orderId: string, payload: { method: PaymentMethod; reinstated?: boolean }): Promise<void> {
  const [store, order] = await Promise.all([
    getStoreProfile(storeId),
    tx.order.findFirstOrThrow({
      where: { storeId, id: orderId },
      select: {
        id: true,
        number: true,
        email: true,
        customerId: true,
        currency: true,
        totalMinor: true,
        status: true,
        paymentStatus: true,
        lines: {
          select: { id: true, title: true, variantTitle: true, quantity: true, productType: true, digitalMediaId: true, slotStartsAt: true },
          orderBy: { position: "asc" },
        },
      },
    }),
  ]);
  if (!store) throw new Error(`announceOrderPaid: store ${storeId} not found`);
  await enqueueEvents(tx, [
    { type: "order.paid", storeId, payload: { orderId, number: order.number, ...payload } },
    mailEvent(paymentReceivedMail(store, order)),
  ]);
}
