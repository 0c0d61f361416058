import { authorizeAdminApi, privateJson, route } from "@/server/http";
import { listOrders, ZOrderListQuery } from "@/server/orders";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/admin/orders?paymentStatus=&fulfillmentStatus=&q=&page=&pageSize= (orders:read):
 * one page of the store's orders, newest first; `q` is an order number ("1001", "#1001") or
 * the beginning of an email.
 */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "orders:read"), query: ZOrderListQuery }, async ({ auth, query }) => {
  return privateJson(await listOrders(auth.storeId, query));
});
