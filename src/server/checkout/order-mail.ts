import { formatMoney } from "@/lib/money";
import { formatStoreTime, lineLabel } from "@/server/orders";
import { storeUrl } from "@/server/storefront";
import type { TStoreProfile } from "@/server/stores";
import type { TTotals } from "./pricing";

export type TOrderMailLine = { title: string; variantTitle: string; quantity: number; lineTotalMinor: bigint; slotStartsAt: Date | null };

export type TOrderMailInput = {
  store: Pick<TStoreProfile, "id" | "name" | "slug" | "currency" | "timeZone">;
  to: string;
  orderId: string;
  number: number;
  statusToken: string;
  lines: TOrderMailLine[];
  totals: Pick<TTotals, "subtotalMinor" | "shippingMinor" | "taxMinor" | "discountMinor" | "totalMinor" | "pricesIncludeTax">;
  shippingName: string | null;
  /** "VAT 18%"; null when no rate applied. */
  taxLabel: string | null;
  payment: { method: "cod" | "stripe"; instructions: string | null };
  pickupInstructions: string | null;
  hasDigital: boolean;
};

/** The guest status link of an order: the store's own host, the order id and the secret token. */
export function orderStatusUrl(slug: string, orderId: string, token: string): string {
  return storeUrl(slug, `/orders/${encodeURIComponent(orderId)}?token=${encodeURIComponent(token)}`);
}

/**
 * The order confirmation mail (plain text): the lines, the totals exactly as charged, how to
 * pay and the status link that works without an account. It names the store and never
 * repeats the shopper's address.
 */
export function orderConfirmationMail(input: TOrderMailInput) {
  const { store, totals } = input;
  const money = (minor: bigint) => formatMoney(minor, store.currency);
  const lines = input.lines.map(
    (l) => `${l.quantity} x ${lineLabel(l)}${l.slotStartsAt ? `, ${formatStoreTime(l.slotStartsAt, store.timeZone)}` : ""}: ${money(l.lineTotalMinor)}`,
  );
  const summary = [
    `Subtotal: ${money(totals.subtotalMinor)}`,
    ...(input.shippingName ? [`Shipping (${input.shippingName}): ${money(totals.shippingMinor)}`] : []),
    ...(totals.discountMinor > 0n ? [`Discount: -${money(totals.discountMinor)}`] : []),
    ...(totals.taxMinor > 0n || input.taxLabel ? [`${input.taxLabel ?? "Tax"}${totals.pricesIncludeTax ? " (included)" : ""}: ${money(totals.taxMinor)}`] : []),
    `Total: ${money(totals.totalMinor)}`,
  ];
  const payment =
    input.payment.method === "cod"
      ? `Payment: cash on delivery or bank transfer.${input.payment.instructions ? `\n${input.payment.instructions}` : ""}`
      : "Payment: card. We will let you know as soon as the payment is confirmed.";
  const extras = [
    ...(input.pickupInstructions ? [`Pickup: ${input.pickupInstructions}`] : []),
    ...(input.hasDigital ? ["Download links for digital items appear on the order page once the payment is received."] : []),
  ];
  const link = orderStatusUrl(store.slug, input.orderId, input.statusToken);
  return {
    to: input.to,
    storeId: store.id,
    subject: `Order #${input.number} confirmed`,
    text: [
      `Thank you for your order at ${store.name}.`,
      `Order #${input.number}\n\n${lines.join("\n")}`,
      summary.join("\n"),
      payment,
      ...extras,
      `See your order and its status at any time:\n${link}`,
      store.name,
    ].join("\n\n"),
  };
}
