import "server-only";
import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { paymentRefused } from "./payments-tx";
import type { TPaymentProvider } from "./provider";

export const DEFAULT_COD_INSTRUCTIONS = "Pay in cash when your order is delivered, or by bank transfer as the store tells you. Your order is confirmed once the store has received the payment.";

/** What a cash-on-delivery shopper is told: the store's instructions, or the default. */
export function codInstructionsOf(settings: { codInstructions?: string | null } | null | undefined): string {
  return settings?.codInstructions?.trim() || DEFAULT_COD_INSTRUCTIONS;
}

async function codSettings(storeId: string) {
  const row = await storeDb(storeId).checkoutSettings.findUnique({ where: { storeId }, select: { codEnabled: true, codInstructions: true } });
  return { enabled: row?.codEnabled ?? true, instructions: codInstructionsOf(row) };
}

/**
 * Cash on delivery / bank transfer: no network. The order is placed pending payment (its
 * reservation does not expire) and staff mark it paid (markOrderPaid in the orders domain).
 */
export const codProvider: TPaymentProvider = {
  code: "cod",
  method: "COD",
  async describe(storeId) {
    const { enabled } = await codSettings(storeId);
    return {
      code: "cod",
      method: "COD",
      label: "Cash on delivery or bank transfer",
      description: "Pay when the order arrives, or by bank transfer.",
      available: enabled,
      unavailableReason: enabled ? null : "Cash on delivery is turned off in the checkout settings.",
    };
  },
  async startPayment(storeId, orderId) {
    const order = await storeDb(storeId).order.findUnique({ where: { id: orderId }, select: { paymentMethod: true } });
    if (!order) throw new AppError("NOT_FOUND", "Order not found");
    if (order.paymentMethod !== "COD") throw paymentRefused("order_not_payable", "The order is not paid cash on delivery");
    return { code: "cod", instructions: (await codSettings(storeId)).instructions };
  },
};
