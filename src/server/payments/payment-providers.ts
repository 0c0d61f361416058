import "server-only";
import { AppError } from "@/server/errors";
import { codProvider } from "./cod-provider";
import type { TPaymentMethodCode } from "./payments.schemas";
import type { TPaymentMethodDescription, TPaymentProvider } from "./provider";
import { stripeProvider } from "./stripe-provider";

/** Every payment method, in the order the checkout lists them. */
export const PAYMENT_PROVIDERS: readonly TPaymentProvider[] = [codProvider, stripeProvider];

/** The provider of a payment method code ("cod" | "stripe") or Order.paymentMethod ("COD" | "STRIPE"). */
export function paymentProvider(method: TPaymentMethodCode | "COD" | "STRIPE"): TPaymentProvider {
  const provider = PAYMENT_PROVIDERS.find((p) => p.code === method || p.method === method);
  if (!provider) throw new AppError("VALIDATION_FAILED", "Unknown payment method", { fields: [{ path: "paymentMethod", message: "Unknown payment method" }] });
  return provider;
}

/** Every method with whether the store offers it now (dashboard), or only the offered ones (checkout). */
export async function listPaymentMethods(storeId: string, options: { availableOnly?: boolean } = {}): Promise<TPaymentMethodDescription[]> {
  const all = await Promise.all(PAYMENT_PROVIDERS.map((p) => p.describe(storeId)));
  return options.availableOnly ? all.filter((m) => m.available) : all;
}
