import { deleteCategory, getCategory, updateCategory, ZCategoryPatch, ZIdParams } from "@/server/catalog";
import { AppError } from "@/server/errors";
import { authorizeAdminApi, clientIp, route, userAgent } from "@/server/http";

export const dynamic = "force-dynamic";

/** GET /api/v1/admin/categories/{id} (catalog:read). Another store's category is 404. */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "catalog:read"), params: ZIdParams }, async ({ auth, params }) => {
  const category = await getCategory(auth.storeId, params.id);
  if (!category) throw new AppError("NOT_FOUND", "Category not found");
  return category;
});

/** PATCH /api/v1/admin/categories/{id} (catalog:write): changes the fields sent; never makes a cycle. */
export const PATCH = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), params: ZIdParams, body: ZCategoryPatch }, async ({ auth, params, body, req }) => {
  return updateCategory(auth.storeId, auth.actor, params.id, body, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
});

/** DELETE /api/v1/admin/categories/{id} (catalog:write): 204; subcategories move up. */
export const DELETE = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), params: ZIdParams }, async ({ auth, params, req }) => {
  await deleteCategory(auth.storeId, auth.actor, params.id, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
  return new Response(null, { status: 204 });
});
