import { storeDb } from "@/server/db";
import { ZUpcomingBookingsQuery } from "./orders.schemas";

export type TUpcomingBooking = {
  lineId: string;
  orderId: string;
  orderNumber: number;
  email: string;
  paymentStatus: string;
  slotId: string | null;
  slotStartsAt: Date;
  slotEndsAt: Date | null;
  title: string;
  variantTitle: string;
  quantity: number;
};

export type TUpcomingBookingPage = { items: TUpcomingBooking[]; page: number; pageSize: number; pageCount: number; total: number };

/**
 * Booked service slots starting at or after `from` (default now), soonest first, with the
 * order number and the customer's email, for the dashboard (callers check orders:read).
 * Cancelled orders are left out.
 */
export async function listUpcomingBookings(storeId: string, query: unknown = {}): Promise<TUpcomingBookingPage> {
  const { from, page, pageSize } = ZUpcomingBookingsQuery.parse(query);
  const where = { storeId, slotStartsAt: { gte: from ?? new Date() }, order: { status: { not: "CANCELLED" as const } } };
  const db = storeDb(storeId);
  const [total, rows] = await Promise.all([
    db.orderLine.count({ where }),
    db.orderLine.findMany({
      where,
      orderBy: [{ slotStartsAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        orderId: true,
        slotId: true,
        slotStartsAt: true,
        slotEndsAt: true,
        title: true,
        variantTitle: true,
        quantity: true,
        order: { select: { number: true, email: true, paymentStatus: true } },
      },
    }),
  ]);
  return {
    items: rows.map((r) => ({
      lineId: r.id,
      orderId: r.orderId,
      orderNumber: r.order.number,
      email: r.order.email,
      paymentStatus: r.order.paymentStatus,
      slotId: r.slotId,
      slotStartsAt: r.slotStartsAt!,
      slotEndsAt: r.slotEndsAt,
      title: r.title,
      variantTitle: r.variantTitle,
      quantity: r.quantity,
    })),
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}
