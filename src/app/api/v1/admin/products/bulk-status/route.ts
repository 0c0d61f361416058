import { setProductsStatus, ZSetProductsStatusInput } from "@/server/catalog";
import { authorizeAdminApi, clientIp, route, userAgent } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/admin/products/bulk-status {ids (1-500), status} (catalog:write): sets the
 * status of the store's products among `ids`; answers { count } of products that changed.
 */
export const POST = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), body: ZSetProductsStatusInput }, async ({ auth, body, req }) => {
  return setProductsStatus(auth.storeId, auth.actor, body, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
});
