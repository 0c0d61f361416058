import "server-only";
import { AppError } from "@/server/errors";
import { createCart, resolveShopperCart, type TCartView } from "@/server/cart";
import { clearCartCookie, getCustomerActor, readCartCookie, writeCartCookie } from "@/server/http";
import { currentStoreId } from "../account/action-support";

/**
 * Whose cart a storefront request is about: the store from the host, the signed-in customer
 * (from the session, never from a form) and the guest cart id from the httpOnly ecom_cart
 * cookie. Which cart that means is resolveShopperCart's rule (src/server/cart): a
 * signed-in customer's own cart (a guest cart still in the cookie merged into it), else the
 * cookie's guest cart.
 */
export type TShopper = { storeId: string; customerId: string | null; guestCartId: string | null };

export async function currentShopper(): Promise<TShopper> {
  const [storeId, actor, guestCartId] = await Promise.all([currentStoreId(), getCustomerActor(), readCartCookie()]);
  return { storeId, customerId: actor?.customerId ?? null, guestCartId };
}

/**
 * The shopper's cart as they see it now, or null for a guest without one. For pages, which
 * cannot change cookies: a cookie that should be cleared is left for the next action or the
 * header's session call to clear.
 */
export async function loadShopperCart(shopper: TShopper): Promise<TCartView | null> {
  return (await resolveShopperCart(shopper.storeId, shopper)).cart;
}

/**
 * The id of the shopper's cart, for server actions that change it; null for a guest without a
 * live cart. Clears a cookie that was merged into the customer's cart or names no cart, unless
 * `keepCookie`: the checkout's actions never set cookies, because a cookie change makes Next
 * re-render the page, and the checkout page of an emptied cart (the order just placed) would
 * send the shopper away from the card payment.
 */
export async function findShopperCartId(shopper: TShopper, options: { keepCookie?: boolean } = {}): Promise<string | null> {
  const resolved = await resolveShopperCart(shopper.storeId, shopper);
  if (resolved.clearGuestCookie && !options.keepCookie) await clearCartCookie();
  return resolved.cart?.id ?? null;
}

/** As findShopperCartId, but a guest without a live cart gets a new one and its cookie (adding to the cart). */
export async function ensureShopperCartId(shopper: TShopper): Promise<string> {
  const found = await findShopperCartId(shopper);
  if (found) return found;
  const cart = await createCart(shopper.storeId);
  await writeCartCookie(cart.id);
  return cart.id;
}

/** The cart a line action found gone, as the domain says it. */
export const cartGone = () => new AppError("NOT_FOUND", "Your cart has expired. Add the items again.");
