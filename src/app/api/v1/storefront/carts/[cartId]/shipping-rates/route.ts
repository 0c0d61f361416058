import { ZCartIdParams } from "@/server/cart";
import { getShippingRates, ZShippingRatesQuery } from "@/server/checkout";
import { privateJson, route } from "@/server/http";
import { storeOfHostRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/storefront/carts/{cartId}/shipping-rates?country=LK&region=WP: the shipping
 * options for this cart and destination, priced for it (weight bands, free-over, local
 * pickup). `requiresShipping: false` and no rates when nothing in the cart ships.
 */
export const GET = route(
  { authorize: storeOfHostRequest, params: ZCartIdParams, query: ZShippingRatesQuery },
  async ({ auth, params, query }) => privateJson(await getShippingRates(auth.storeId, params.cartId, query)),
);
