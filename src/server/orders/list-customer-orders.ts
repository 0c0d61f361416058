import { storeDb } from "@/server/db";
import { loadOrderDetail, orderSummarySelect, toOrderSummary, type TOrderSummary, type TOrderView } from "./order-view";

/** At most this many orders in a customer's account list. */
export const CUSTOMER_ORDER_LIMIT = 100;

/**
 * A signed-in customer's orders at the store, newest first (/account/orders). Only orders
 * placed while signed in carry the customer id; another store's customer has none here.
 */
export async function listCustomerOrders(storeId: string, customerId: string): Promise<TOrderSummary[]> {
  const rows = await storeDb(storeId).order.findMany({
    where: { storeId, customerId },
    orderBy: [{ placedAt: "desc" }, { number: "desc" }],
    take: CUSTOMER_ORDER_LIMIT,
    select: orderSummarySelect,
  });
  return rows.map(toOrderSummary);
}

/**
 * One of a signed-in customer's orders, as the shopper sees it; null when it is not theirs
 * (another customer's or another store's order: the caller answers 404).
 */
export async function getCustomerOrder(storeId: string, customerId: string, orderId: string): Promise<TOrderView | null> {
  const detail = await loadOrderDetail(storeDb(storeId), storeId, orderId);
  if (!detail || detail.customerId !== customerId) return null;
  const { payments: _payments, timeline: _timeline, paidByUserId: _paidBy, checkoutKey: _key, cancelReason: _reason, shippingRateId: _rate, updatedAt: _updated, customerId: _customer, ...view } = detail;
  return view;
}

/**
 * Every order of a customer with lines and addresses, for the customer's data export (GDPR
 * access request): what the shopper could see of each order.
 */
export async function exportCustomerOrders(storeId: string, customerId: string): Promise<TOrderView[]> {
  const db = storeDb(storeId);
  const ids = await db.order.findMany({ where: { storeId, customerId }, orderBy: [{ placedAt: "asc" }], select: { id: true } });
  const orders: TOrderView[] = [];
  for (const { id } of ids) {
    const view = await getCustomerOrder(storeId, customerId, id);
    if (view) orders.push(view);
  }
  return orders;
}
