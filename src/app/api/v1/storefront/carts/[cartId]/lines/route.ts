import { addCartLine, ZCartIdParams } from "@/server/cart";
import { DOMAIN_VALIDATED_BODY, privateJson, route } from "@/server/http";
import { storeOfHostRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/storefront/carts/{cartId}/lines with {variantId, quantity, slotId?}: adds the
 * variant (or adds to the line holding it) and returns the cart. Prices never come from the
 * client: any other field is 422. 404 for another store's cart or variant, 422 for a quantity
 * outside 1..the store's maximum, 409 OUT_OF_STOCK when the stock cannot cover it.
 */
export const POST = route(
  // addCartLine parses the body (ZAddCartLineInput).
  { authorize: storeOfHostRequest, params: ZCartIdParams, body: DOMAIN_VALIDATED_BODY },
  async ({ auth, params, body }) => privateJson(await addCartLine(auth.storeId, params.cartId, body)),
);
