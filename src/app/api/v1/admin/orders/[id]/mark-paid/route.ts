import { authorizeAdminApi, clientIp, privateJson, route, userAgent } from "@/server/http";
import { markOrderPaid, ZOrderIdParams } from "@/server/orders";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/admin/orders/{id}/mark-paid (orders:write): records that a cash-on-delivery or
 * bank-transfer order has been paid (who and when; the reserved stock becomes a sale) and
 * returns the order. No body. 409 when it is already paid, cancelled, or paid by card.
 */
export const POST = route({ authorize: (req) => authorizeAdminApi(req, "orders:write"), params: ZOrderIdParams }, async ({ req, auth, params }) => {
  const order = await markOrderPaid(auth.storeId, params.id, auth.actor, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
  return privateJson(order);
});
