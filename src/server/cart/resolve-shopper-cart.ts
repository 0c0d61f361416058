import { AppError } from "@/server/errors";
import { ZCartId } from "./cart.schemas";
import { getCartView } from "./get-cart-view";
import { getOrCreateCustomerCart } from "./get-or-create-customer-cart";
import { mergeGuestCart } from "./merge-guest-cart";
import type { TCartView } from "./cart-view";

export type TShopperCart = {
  /** The cart to show and change; null for a guest without a (live) cart yet. */
  cart: TCartView | null;
  /**
   * Whether the caller should delete the guest cart cookie: it named no live cart of this
   * store, or its cart has just been merged into the signed-in customer's.
   */
  clearGuestCookie: boolean;
};

/**
 * The cart of whoever is shopping, for the storefront's pages and actions (which own the
 * cookie): a signed-in customer gets their one cart, with a guest cart from the cookie merged
 * into it first (the sign-in merge; idempotent, so doing it on the first request after sign-in
 * is as good as doing it in the sign-in itself); a guest gets the cart their cookie names,
 * or null. A malformed, unknown or another store's guest cart id, or a customer's cart id, is
 * just "no cart" for a guest.
 */
export async function resolveShopperCart(storeId: string, shopper: { guestCartId?: string | null; customerId?: string | null }): Promise<TShopperCart> {
  const guestCartId = shopper.guestCartId && ZCartId.safeParse(shopper.guestCartId).success ? shopper.guestCartId : null;
  const hadCookie = !!shopper.guestCartId;
  if (shopper.customerId) {
    const cart = guestCartId ? await mergeGuestCart(storeId, guestCartId, shopper.customerId) : await getOrCreateCustomerCart(storeId, shopper.customerId);
    return { cart, clearGuestCookie: hadCookie };
  }
  if (!guestCartId) return { cart: null, clearGuestCookie: hadCookie };
  try {
    const cart = await getCartView(storeId, guestCartId);
    // A customer's cart is never a guest's, even if its id is still in a cookie after sign-out.
    return cart.customerId ? { cart: null, clearGuestCookie: true } : { cart, clearGuestCookie: false };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { cart: null, clearGuestCookie: true };
    throw error;
  }
}
