import { createCart, resolveShopperCart, ZCreateCartBody } from "@/server/cart";
import { cartCookieHeader, cartIdFromCookieHeader, getCustomerActor, privateJson, route } from "@/server/http";
import { storeOfHostRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/storefront/carts on a store host. A guest gets a new empty cart (201); its id is
 * the bearer for the other cart operations, and browsers also keep it in the httpOnly
 * ecom_cart cookie. A customer signed in on this host gets their own cart instead (200; one
 * per customer, created when they have none, with a guest cart still in the cookie merged
 * into it and the cookie cleared). No body (or an empty JSON object).
 */
export const POST = route({ authorize: storeOfHostRequest, body: ZCreateCartBody, bodyOptional: true }, async ({ req, auth }) => {
  const actor = await getCustomerActor(auth.storeId);
  if (actor) {
    const shopper = await resolveShopperCart(auth.storeId, { customerId: actor.customerId, guestCartId: cartIdFromCookieHeader(req.headers.get("cookie")) });
    return privateJson(shopper.cart, shopper.clearGuestCookie ? { headers: { "set-cookie": cartCookieHeader(null) } } : {});
  }
  const cart = await createCart(auth.storeId);
  return privateJson(cart, { status: 201, headers: { "set-cookie": cartCookieHeader(cart.id) } });
});
