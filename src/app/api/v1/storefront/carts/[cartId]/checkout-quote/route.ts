import { ZCartIdParams } from "@/server/cart";
import { getCheckoutQuote, ZCheckoutQuoteQuery } from "@/server/checkout";
import { privateJson, route } from "@/server/http";
import { storeOfHostRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/storefront/carts/{cartId}/checkout-quote?country=&region=&shippingRateId=: the
 * totals checkout will charge for this cart, destination and shipping choice, computed by the
 * code that places the order (the review step shows exactly what is charged).
 */
export const GET = route(
  { authorize: storeOfHostRequest, params: ZCartIdParams, query: ZCheckoutQuoteQuery },
  async ({ auth, params, query }) => privateJson(await getCheckoutQuote(auth.storeId, params.cartId, query)),
);
