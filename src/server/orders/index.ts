/**
 * Orders: gapless per-store numbers (#1001, ...), the order timeline, guest status links
 * (only the token's SHA-256 is stored), the staff list and detail, a customer's orders, and
 * the payment state changes: staff marking a cash-on-delivery order paid, a provider's
 * webhook applying success or failure inside its transaction, and the job that expires
 * unpaid reservations. Order, payment and fulfilment statuses are separate (fulfilment,
 * refunds and returns come next). Every state change locks the order's row first. Events:
 * order.paid, order.payment_failed, order.reservation_expired (order.placed is the
 * checkout's). Another store's order is NOT_FOUND.
 */
import "server-only";

export {
  ZOrderListQuery,
  ZOrderIdParams,
  ZOrderId,
  ZOrderStatusQuery,
  ZUpcomingBookingsQuery,
  PAYMENT_STATUSES,
  FULFILLMENT_STATUSES,
  ORDER_STATUSES,
  type TOrderListQuery,
  type TOrderIdParams,
  type TOrderStatusQuery,
  type TUpcomingBookingsQuery,
} from "./orders.schemas";
export { nextOrderNumber, takeOrderNumber, takeOrderNumberThen, ensureOrderCounter, FIRST_ORDER_NUMBER } from "./order-number";
export { recordOrderEvent, type TOrderEventInput, type TOrderEventKind } from "./record-order-event";
export { createStatusToken, hashStatusToken, statusTokenMatches } from "./status-token";
export { sealOrderAddress, openOrderAddress, ORDER_ADDRESS_CONTEXT, type TOrderAddress } from "./order-address";
export { lockOrderForUpdate, type TLockedOrder } from "./lock-order";
export type { TOrderSummary, TOrderView, TOrderDetail, TOrderLineView, TPaymentView, TOrderEventView, TOrderTotals } from "./order-view";
export { getOrderByToken } from "./get-order-by-token";
export { getOrderForStaff } from "./get-order-for-staff";
export { listOrders, type TOrderPage } from "./list-orders";
export { listCustomerOrders, getCustomerOrder, exportCustomerOrders, CUSTOMER_ORDER_LIMIT } from "./list-customer-orders";
export { markOrderPaid, type TOrderStaffActor } from "./mark-order-paid";
export { lineLabel, formatStoreTime } from "./order-mail-format";
export { applyPaymentSucceeded, type TPaymentResult, type TPaymentSucceededOutcome } from "./apply-payment-succeeded";
export { applyPaymentFailed, type TPaymentFailedOutcome } from "./apply-payment-failed";
export { expireReservations, type TExpireOptions, type TExpireResult } from "./expire-reservations";
export { listUpcomingBookings, type TUpcomingBooking, type TUpcomingBookingPage } from "./list-upcoming-bookings";
export { RESERVATION_EXPIRED_REASON, PAYMENT_FAILED_REASON } from "./order-states";
export { ORDER_CUSTOMER_REFERENCE } from "./order-customer-reference";
export { createDownloadLink, createDownloadLinks, openDownload, isDownloadable, type TDownloadLink, type TDownloadLinkOptions, type TOpenedDownload } from "./download-link";
export { verifyDownloadToken, DOWNLOAD_LINK_TTL_SECONDS, type TVerifiedDownload } from "./download-token";
