import { deleteCollection, getCollection, updateCollection, ZCollectionPatch, ZIdParams } from "@/server/catalog";
import { AppError } from "@/server/errors";
import { authorizeAdminApi, clientIp, route, userAgent } from "@/server/http";

export const dynamic = "force-dynamic";

/** GET /api/v1/admin/collections/{id} (catalog:read): with ordered product ids. Another store's is 404. */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "catalog:read"), params: ZIdParams }, async ({ auth, params }) => {
  const collection = await getCollection(auth.storeId, params.id);
  if (!collection) throw new AppError("NOT_FOUND", "Collection not found");
  return collection;
});

/** PATCH /api/v1/admin/collections/{id} (catalog:write): title, handle and/or the ordered productIds. */
export const PATCH = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), params: ZIdParams, body: ZCollectionPatch }, async ({ auth, params, body, req }) => {
  return updateCollection(auth.storeId, auth.actor, params.id, body, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
});

/** DELETE /api/v1/admin/collections/{id} (catalog:write): 204; the products stay. */
export const DELETE = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), params: ZIdParams }, async ({ auth, params, req }) => {
  await deleteCollection(auth.storeId, auth.actor, params.id, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
  return new Response(null, { status: 204 });
});
