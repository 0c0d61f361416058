import { deleteProduct, getProduct, updateProduct, ZIdParams, ZProductPatch } from "@/server/catalog";
import { AppError } from "@/server/errors";
import { authorizeAdminApi, clientIp, route, userAgent } from "@/server/http";

export const dynamic = "force-dynamic";

/** GET /api/v1/admin/products/{id} (catalog:read). Another store's product is 404, like an unknown one. */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "catalog:read"), params: ZIdParams }, async ({ auth, params }) => {
  const product = await getProduct(auth.storeId, params.id);
  if (!product) throw new AppError("NOT_FOUND", "Product not found");
  return product;
});

/** PATCH /api/v1/admin/products/{id} (catalog:write): changes the fields sent. */
export const PATCH = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), params: ZIdParams, body: ZProductPatch }, async ({ auth, params, body, req }) => {
  return updateProduct(auth.storeId, auth.actor, params.id, body, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
});

/** DELETE /api/v1/admin/products/{id} (catalog:write): 204. */
export const DELETE = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), params: ZIdParams }, async ({ auth, params, req }) => {
  await deleteProduct(auth.storeId, auth.actor, params.id, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
  return new Response(null, { status: 204 });
});
