import { FULFILLMENT_STATUS_LABELS, ORDER_STATUS_LABELS, PAYMENT_STATUS_LABELS } from "./order-labels";

const TONES = {
  good: "bg-green-100 text-green-900",
  wait: "bg-amber-100 text-amber-900",
  bad: "bg-red-100 text-red-900",
  plain: "bg-gray-100 text-gray-800",
} as const;

const PAYMENT_TONE: Record<string, keyof typeof TONES> = {
  PAID: "good",
  PENDING: "wait",
  AUTHORIZED: "wait",
  FAILED: "bad",
  VOIDED: "bad",
  REFUNDED: "plain",
  PARTIALLY_REFUNDED: "plain",
};
const FULFILLMENT_TONE: Record<string, keyof typeof TONES> = { FULFILLED: "good", NOT_REQUIRED: "plain", UNFULFILLED: "wait", PARTIALLY_FULFILLED: "wait" };
const ORDER_TONE: Record<string, keyof typeof TONES> = { OPEN: "plain", CLOSED: "good", CANCELLED: "bad" };

/** A status as a small labelled pill: the words carry the meaning, the colour only repeats it. */
export function StatusPill({ kind, status }: { kind: "payment" | "fulfillment" | "order"; status: string }) {
  const [labels, tones] =
    kind === "payment" ? [PAYMENT_STATUS_LABELS, PAYMENT_TONE] : kind === "fulfillment" ? [FULFILLMENT_STATUS_LABELS, FULFILLMENT_TONE] : [ORDER_STATUS_LABELS, ORDER_TONE];
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${TONES[tones[status] ?? "plain"]}`}>{labels[status] ?? status}</span>;
}
