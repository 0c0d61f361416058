import { shopperCartItemCount } from "@/server/cart";
import type { TStorefrontSession } from "@/server/customers";
import { cartCookieHeader, cartIdFromCookieHeader, getCustomerActor, privateJson, route } from "@/server/http";
import { storeOfApiRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/storefront/session on a store host: whether a customer of this store is signed in
 * here, and how many items the visitor's cart holds (the customer's cart, else the guest cart
 * of the ecom_cart cookie). Cached storefront pages are shared by every shopper, so their header
 * asks this from the browser. Never cached; 200 whether signed in or not. A guest cart still in
 * the cookie of a signed-in customer is merged into their cart here, and a cookie naming no
 * cart of this store is deleted.
 */
export const GET = route({ authorize: (req) => storeOfApiRequest(req.headers) }, async ({ req, auth }) => {
  const actor = await getCustomerActor();
  const cart = await shopperCartItemCount(auth.storeId, { customerId: actor?.customerId, guestCartId: cartIdFromCookieHeader(req.headers.get("cookie")) });
  const session: TStorefrontSession = { signedIn: actor !== null, cart: { itemCount: cart.itemCount } };
  return privateJson(session, cart.clearGuestCookie ? { headers: { "set-cookie": cartCookieHeader(null) } } : {});
});
