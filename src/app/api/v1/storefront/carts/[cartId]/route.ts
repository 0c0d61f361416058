import { getCartView, ZCartIdParams } from "@/server/cart";
import { privateJson, route } from "@/server/http";
import { storeOfHostRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/storefront/carts/{cartId}: the cart priced and checked now (live titles, prices,
 * availability, per-line problems, subtotal, item count). Another store's or an unknown cart
 * is 404.
 */
export const GET = route({ authorize: storeOfHostRequest, params: ZCartIdParams }, async ({ auth, params }) => {
  return privateJson(await getCartView(auth.storeId, params.cartId));
});
