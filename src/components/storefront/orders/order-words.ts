/**
 * An order's states in a shopper's words. Payment, fulfilment and the order itself are separate
 * (refunds, returns and shipping updates come later and add their own words here).
 */

type TOrderFacts = {
  status: string;
  paymentStatus: string;
  fulfillmentStatus: string;
  paymentMethod: string;
};

export function paymentWords(order: TOrderFacts): string {
  switch (order.paymentStatus) {
    case "PENDING":
      if (order.status === "CANCELLED") return "Not paid";
      return order.paymentMethod === "COD" ? "Awaiting payment (cash on delivery or bank transfer)" : "Awaiting card payment";
    case "AUTHORIZED":
      return "Payment authorised";
    case "PAID":
      return "Paid";
    case "PARTIALLY_REFUNDED":
      return "Partly refunded";
    case "REFUNDED":
      return "Refunded";
    case "FAILED":
      return "Payment failed";
    case "VOIDED":
      return "Payment cancelled";
    default:
      return order.paymentStatus.toLowerCase();
  }
}

export function fulfillmentWords(order: TOrderFacts): string {
  if (order.status === "CANCELLED") return "Cancelled";
  switch (order.fulfillmentStatus) {
    case "UNFULFILLED":
      return order.paymentStatus === "PAID" || order.paymentMethod === "COD" ? "Being prepared" : "Prepared once paid";
    case "PARTIALLY_FULFILLED":
      return "Partly sent";
    case "FULFILLED":
      return "Sent";
    case "NOT_REQUIRED":
      return "Nothing to ship";
    default:
      return order.fulfillmentStatus.toLowerCase();
  }
}

export function orderWords(order: TOrderFacts): string {
  if (order.status === "CANCELLED") return "Cancelled";
  if (order.status === "CLOSED") return "Completed";
  return "Open";
}

export const paymentMethodWords = (method: string) => (method === "COD" ? "Cash on delivery or bank transfer" : "Card");
