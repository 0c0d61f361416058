import { removeCartLine, updateCartLine, ZCartLineParams, ZUpdateCartLineInput } from "@/server/cart";
import { privateJson, route } from "@/server/http";
import { storeOfHostRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

/**
 * PATCH /api/v1/storefront/carts/{cartId}/lines/{lineId} with {quantity}: sets the line's
 * quantity (1..the store's maximum; raising it is checked against stock) and returns the cart.
 */
export const PATCH = route(
  { authorize: storeOfHostRequest, params: ZCartLineParams, body: ZUpdateCartLineInput },
  async ({ auth, params, body }) => privateJson(await updateCartLine(auth.storeId, params.cartId, params.lineId, body)),
);

/** DELETE /api/v1/storefront/carts/{cartId}/lines/{lineId}: removes the line and returns the cart. */
export const DELETE = route(
  { authorize: storeOfHostRequest, params: ZCartLineParams },
  async ({ auth, params }) => privateJson(await removeCartLine(auth.storeId, params.cartId, params.lineId)),
);
