import { createCategory, listCategories, ZCategoryInput } from "@/server/catalog";
import { authorizeAdminApi, clientIp, route, toJson, userAgent } from "@/server/http";

export const dynamic = "force-dynamic";

/** GET /api/v1/admin/categories (catalog:read): the store's categories as a tree. */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "catalog:read") }, async ({ auth }) => {
  return { categories: await listCategories(auth.storeId) };
});

/** POST /api/v1/admin/categories (catalog:write): creates a category; 201 with it. */
export const POST = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), body: ZCategoryInput }, async ({ auth, body, req }) => {
  const category = await createCategory(auth.storeId, auth.actor, body, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
  return new Response(toJson(category), { status: 201, headers: { "content-type": "application/json" } });
});
