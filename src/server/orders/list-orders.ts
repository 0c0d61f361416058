import { escapeLike } from "@/lib/like";
import { storeDb, type Prisma } from "@/server/db";
import { ZOrderListQuery } from "./orders.schemas";
import { orderSummarySelect, toOrderSummary, type TOrderSummary } from "./order-view";

export type TOrderPage = { items: TOrderSummary[]; page: number; pageSize: number; pageCount: number; total: number };

const ORDER_NUMBER = /^#?\s*(\d{1,9})$/;

/**
 * One page of the store's orders, newest first (ZOrderListQuery). `q` is an order number
 * ("1001" or "#1001": that order) or an email, matched from its beginning (emails are stored
 * lower case). Callers check orders:read.
 */
export async function listOrders(storeId: string, query: unknown = {}): Promise<TOrderPage> {
  const { paymentStatus, fulfillmentStatus, q, page, pageSize } = ZOrderListQuery.parse(query);
  const where: Prisma.OrderWhereInput = { storeId };
  if (paymentStatus) where.paymentStatus = paymentStatus;
  if (fulfillmentStatus) where.fulfillmentStatus = fulfillmentStatus;
  if (q) {
    const number = ORDER_NUMBER.exec(q);
    if (number) where.number = Number(number[1]);
    else where.email = { startsWith: escapeLike(q.toLowerCase()) };
  }
  const db = storeDb(storeId);
  const [total, rows] = await Promise.all([
    db.order.count({ where }),
    db.order.findMany({
      where,
      orderBy: [{ placedAt: "desc" }, { number: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: orderSummarySelect,
    }),
  ]);
  return {
    items: rows.map(toOrderSummary),
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}
