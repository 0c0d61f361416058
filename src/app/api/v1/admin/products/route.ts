import { createProduct, listProducts, ZProductInput, ZProductListQuery } from "@/server/catalog";
import { authorizeAdminApi, clientIp, route, toJson, userAgent } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/admin/products?q=&status=&type=&categoryId=&sort=&page=&pageSize= (catalog:read):
 * one page of the store's products, prices as decimal strings with the currency.
 */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "catalog:read"), query: ZProductListQuery }, async ({ auth, query }) => {
  return listProducts(auth.storeId, query);
});

/** POST /api/v1/admin/products (catalog:write): creates a product; 201 with the product. */
export const POST = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), body: ZProductInput }, async ({ auth, body, req }) => {
  const product = await createProduct(auth.storeId, auth.actor, body, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
  return new Response(toJson(product), { status: 201, headers: { "content-type": "application/json" } });
});
