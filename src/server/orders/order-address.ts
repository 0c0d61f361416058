import { decryptJson, encryptJson, PII_CONTEXT } from "@/server/privacy";

/** The encryption context of Order.shippingAddress (key rotation re-encrypts it under the same one). */
export const ORDER_ADDRESS_CONTEXT = PII_CONTEXT.orderShippingAddress;

/** The address fields an order keeps (the checkout's validated address). */
export type TOrderAddress = Record<string, string | null | undefined>;

/** Encrypts an order's shipping address for Order.shippingAddress. */
export function sealOrderAddress(address: TOrderAddress): string {
  return encryptJson(address, ORDER_ADDRESS_CONTEXT);
}

/** Decrypts Order.shippingAddress (null stays null). */
export function openOrderAddress(sealed: string | null): TOrderAddress | null {
  return sealed ? decryptJson<TOrderAddress>(sealed, ORDER_ADDRESS_CONTEXT) : null;
}
