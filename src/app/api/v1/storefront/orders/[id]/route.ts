import { privateJson, route } from "@/server/http";
import { getOrderByToken, ZOrderIdParams, ZOrderStatusQuery } from "@/server/orders";
import { storeOfApiRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/storefront/orders/{id}?token=: an order's status for the guest status link (the
 * token from the confirmation mail or the checkout response). A wrong token, an unknown id and
 * another store's order are the same 404.
 */
export const GET = route(
  { authorize: (req) => storeOfApiRequest(req.headers), params: ZOrderIdParams, query: ZOrderStatusQuery },
  async ({ auth, params, query }) => privateJson(await getOrderByToken(auth.storeId, params.id, query.token)),
);
