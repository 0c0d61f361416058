import { AppError } from "@/server/errors";

/**
 * The discounts extension point. Checkout calls this with the code the shopper entered (before
 * any write); the discounts issue replaces it with a lookup that returns the discount to apply.
 * Until then every code is unknown: 422 on "discountCode".
 */
export async function resolveDiscountCode(_storeId: string, code: string | undefined): Promise<{ discountMinor: bigint } | null> {
  if (!code) return null;
  throw new AppError("VALIDATION_FAILED", "No such code", { fields: [{ path: "discountCode", message: "No such code" }] });
}
