import type { StoreDb } from "@/server/db";
import { codInstructionsOf } from "@/server/payments";
import { totalsView, type TTotalsView } from "./totals-view";
import type { TStoreTx } from "./settings-tx";

export type TPlacedOrder = {
  id: string;
  number: number;
  status: string;
  paymentStatus: string;
  currency: string;
  totals: TTotalsView;
};

export type TCheckoutResult = {
  order: TPlacedOrder;
  /**
   * The guest status-link token (also in the confirmation mail). Null when the same
   * checkoutKey is sent again: the token is stored only as a hash, so a repeat cannot show it.
   */
  statusToken: string | null;
  statusUrl: string | null;
  /**
   * How the order is paid (cash-on-delivery instructions: the store's, or the default). For
   * "stripe" the route then starts the payment in the payments domain, outside the order's
   * transaction, for the client secret.
   */
  payment: { method: "cod" | "stripe"; paymentId: string; instructions: string | null };
  /** True when this checkoutKey had already placed the order (nothing new was written). */
  replayed: boolean;
};

/** The order an earlier request with this checkoutKey placed, as checkout returns it; null when none. */
export async function placedWithKey(db: StoreDb | TStoreTx, storeId: string, checkoutKey: string): Promise<TCheckoutResult | null> {
  const order = await db.order.findFirst({
    where: { storeId, checkoutKey },
    select: {
      id: true,
      number: true,
      status: true,
      paymentStatus: true,
      paymentMethod: true,
      currency: true,
      subtotalMinor: true,
      shippingMinor: true,
      taxMinor: true,
      discountMinor: true,
      totalMinor: true,
      pricesIncludeTax: true,
      payments: { where: { storeId }, orderBy: { createdAt: "asc" }, take: 1, select: { id: true } },
    },
  });
  if (!order) return null;
  const method = order.paymentMethod === "COD" ? "cod" : "stripe";
  const settings = method === "cod" ? await db.checkoutSettings.findUnique({ where: { storeId }, select: { codInstructions: true } }) : null;
  return {
    order: { id: order.id, number: order.number, status: order.status, paymentStatus: order.paymentStatus, currency: order.currency, totals: totalsView(order, order.currency) },
    statusToken: null,
    statusUrl: null,
    payment: { method, paymentId: order.payments[0]?.id ?? "", instructions: method === "cod" ? codInstructionsOf(settings) : null },
    replayed: true,
  };
}

