import { minorToDecimal } from "@/lib/money";
import type { FulfillmentStatus, OrderStatus, PaymentMethod, PaymentStatus, Prisma, ProductType, StoreDb } from "@/server/db";
import { openOrderAddress, type TOrderAddress } from "./order-address";

/** Amounts as decimal strings in the order's currency ("1250.00"). */
export type TOrderTotals = { subtotal: string; shipping: string; tax: string; discount: string; total: string };

export type TOrderSummary = {
  id: string;
  number: number;
  email: string;
  customerId: string | null;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  fulfillmentStatus: FulfillmentStatus;
  paymentMethod: PaymentMethod;
  currency: string;
  total: string;
  itemCount: number;
  placedAt: Date;
};

export type TOrderLineView = {
  id: string;
  productId: string | null;
  variantId: string | null;
  productType: ProductType;
  title: string;
  variantTitle: string;
  sku: string;
  unitPrice: string;
  quantity: number;
  tax: string;
  total: string;
  requiresShipping: boolean;
  slotId: string | null;
  slotStartsAt: Date | null;
  slotEndsAt: Date | null;
  digitalMediaId: string | null;
};

export type TPaymentView = {
  id: string;
  provider: PaymentMethod;
  status: PaymentStatus;
  amount: string;
  currency: string;
  providerRef: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type TOrderEventView = { id: string; kind: string; message: string; actorType: string; actorId: string | null; data: unknown; createdAt: Date };

/** What the shopper sees (status link, account): no staff-only facts. */
export type TOrderView = {
  id: string;
  number: number;
  email: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  fulfillmentStatus: FulfillmentStatus;
  paymentMethod: PaymentMethod;
  currency: string;
  totals: TOrderTotals;
  pricesIncludeTax: boolean;
  requiresShipping: boolean;
  shippingAddress: TOrderAddress | null;
  shippingRateName: string | null;
  /** The tax as charged ("VAT 18%"); null when no rate applied (or for orders placed before it was kept). */
  taxLabel: string | null;
  reservationExpiresAt: Date | null;
  placedAt: Date;
  paidAt: Date | null;
  cancelledAt: Date | null;
  lines: TOrderLineView[];
};

/** The dashboard's order detail: the shopper's view plus payments, the timeline and who did what. */
export type TOrderDetail = TOrderView & {
  customerId: string | null;
  paidByUserId: string | null;
  cancelReason: string | null;
  shippingRateId: string | null;
  checkoutKey: string;
  updatedAt: Date;
  payments: TPaymentView[];
  timeline: TOrderEventView[];
};

/** The columns both an order's list row and its full view read. */
const orderHeadSelect = {
  id: true,
  number: true,
  email: true,
  customerId: true,
  status: true,
  paymentStatus: true,
  fulfillmentStatus: true,
  paymentMethod: true,
  currency: true,
  totalMinor: true,
  placedAt: true,
} satisfies Prisma.OrderSelect;

const orderSelect = {
  ...orderHeadSelect,
  subtotalMinor: true,
  shippingMinor: true,
  taxMinor: true,
  discountMinor: true,
  pricesIncludeTax: true,
  requiresShipping: true,
  shippingAddress: true,
  shippingRateName: true,
  taxLabel: true,
  shippingRateId: true,
  checkoutKey: true,
  reservationExpiresAt: true,
  paidAt: true,
  paidByUserId: true,
  cancelledAt: true,
  cancelReason: true,
  updatedAt: true,
  statusTokenHash: true,
  lines: { orderBy: [{ position: "asc" }, { id: "asc" }] },
} satisfies Prisma.OrderSelect;

type TLoadedOrder = NonNullable<Awaited<ReturnType<typeof findOrder>>>;

function findOrder(db: StoreDb, storeId: string, orderId: string) {
  return db.order.findFirst({ where: { storeId, id: orderId }, select: orderSelect });
}

/** Loads an order of the store with its lines (null when it is not the store's). */
export async function loadOrder(db: StoreDb, storeId: string, orderId: string): Promise<TLoadedOrder | null> {
  return findOrder(db, storeId, orderId);
}

function lineView(line: TLoadedOrder["lines"][number], currency: string): TOrderLineView {
  return {
    id: line.id,
    productId: line.productId,
    variantId: line.variantId,
    productType: line.productType,
    title: line.title,
    variantTitle: line.variantTitle,
    sku: line.sku,
    unitPrice: minorToDecimal(line.unitPriceMinor, currency),
    quantity: line.quantity,
    tax: minorToDecimal(line.taxMinor, currency),
    total: minorToDecimal(line.totalMinor, currency),
    requiresShipping: line.requiresShipping,
    slotId: line.slotId,
    slotStartsAt: line.slotStartsAt,
    slotEndsAt: line.slotEndsAt,
    digitalMediaId: line.digitalMediaId,
  };
}

/** The shopper's view of a loaded order. */
export function toOrderView(order: TLoadedOrder): TOrderView {
  const c = order.currency;
  return {
    id: order.id,
    number: order.number,
    email: order.email,
    status: order.status,
    paymentStatus: order.paymentStatus,
    fulfillmentStatus: order.fulfillmentStatus,
    paymentMethod: order.paymentMethod,
    currency: c,
    totals: {
      subtotal: minorToDecimal(order.subtotalMinor, c),
      shipping: minorToDecimal(order.shippingMinor, c),
      tax: minorToDecimal(order.taxMinor, c),
      discount: minorToDecimal(order.discountMinor, c),
      total: minorToDecimal(order.totalMinor, c),
    },
    pricesIncludeTax: order.pricesIncludeTax,
    requiresShipping: order.requiresShipping,
    shippingAddress: openOrderAddress(order.shippingAddress),
    shippingRateName: order.shippingRateName,
    taxLabel: order.taxLabel,
    reservationExpiresAt: order.reservationExpiresAt,
    placedAt: order.placedAt,
    paidAt: order.paidAt,
    cancelledAt: order.cancelledAt,
    lines: order.lines.map((l) => lineView(l, c)),
  };
}

/** The staff view of an order: the shopper's view plus payments and the timeline (oldest first). */
export async function loadOrderDetail(db: StoreDb, storeId: string, orderId: string): Promise<TOrderDetail | null> {
  const order = await findOrder(db, storeId, orderId);
  if (!order) return null;
  const [payments, events] = await Promise.all([
    db.payment.findMany({ where: { storeId, orderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.orderEvent.findMany({ where: { storeId, orderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  return {
    ...toOrderView(order),
    customerId: order.customerId,
    paidByUserId: order.paidByUserId,
    cancelReason: order.cancelReason,
    shippingRateId: order.shippingRateId,
    checkoutKey: order.checkoutKey,
    updatedAt: order.updatedAt,
    payments: payments.map((p) => ({
      id: p.id,
      provider: p.provider,
      status: p.status,
      amount: minorToDecimal(p.amountMinor, p.currency),
      currency: p.currency,
      providerRef: p.providerRef,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    })),
    timeline: events.map((e) => ({ id: e.id, kind: e.kind, message: e.message, actorType: e.actorType, actorId: e.actorId, data: e.data, createdAt: e.createdAt })),
  };
}

/** What a list row reads of an order (the staff list and a customer's account list). */
export const orderSummarySelect = {
  ...orderHeadSelect,
  lines: { select: { quantity: true } },
} satisfies Prisma.OrderSelect;

/** The list row of an order read with orderSummarySelect; itemCount is the sum of line quantities. */
export function toOrderSummary(order: Prisma.OrderGetPayload<{ select: typeof orderSummarySelect }>): TOrderSummary {
  const { totalMinor, lines, ...rest } = order;
  return { ...rest, total: minorToDecimal(totalMinor, order.currency), itemCount: lines.reduce((n, l) => n + l.quantity, 0) };
}
