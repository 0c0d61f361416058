import { formatMoney, parseMoney } from "@/lib/money";

/**
 * Words for the order states the dashboard shows (the enums stay codes in URLs and the API).
 * Payment, fulfilment and the order's own status are separate: each has its own labels.
 */

export const PAYMENT_STATUS_LABELS: Record<string, string> = {
  PENDING: "Payment pending",
  AUTHORIZED: "Authorized",
  PAID: "Paid",
  PARTIALLY_REFUNDED: "Partially refunded",
  REFUNDED: "Refunded",
  FAILED: "Payment failed",
  VOIDED: "Voided",
};

export const FULFILLMENT_STATUS_LABELS: Record<string, string> = {
  UNFULFILLED: "Unfulfilled",
  PARTIALLY_FULFILLED: "Partially fulfilled",
  FULFILLED: "Fulfilled",
  NOT_REQUIRED: "No fulfilment needed",
};

export const ORDER_STATUS_LABELS: Record<string, string> = { OPEN: "Open", CANCELLED: "Cancelled", CLOSED: "Closed" };

export const PAYMENT_METHOD_LABELS: Record<string, string> = { COD: "Cash on delivery / bank transfer", STRIPE: "Card (Stripe)" };

export const PRODUCT_TYPE_LABELS: Record<string, string> = { PHYSICAL: "Physical", DIGITAL: "Digital", SERVICE: "Service" };

/** A decimal amount string of the order's currency ("1250.00") for people ("LKR 1,250.00"). */
export function money(decimal: string, currency: string): string {
  const negative = decimal.startsWith("-");
  const minor = parseMoney(negative ? decimal.slice(1) : decimal, currency);
  if (minor === null) return `${currency} ${decimal}`;
  return formatMoney(negative ? -minor : minor, currency);
}

/** "#1001" */
export const orderLabel = (number: number) => `#${number}`;
