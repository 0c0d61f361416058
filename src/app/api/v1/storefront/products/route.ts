import { AppError } from "@/server/errors";
import { route, toJson } from "@/server/http";
import { API_CACHE_HEADERS, listApiProducts, storeOfApiRequest, ZApiProductsQuery } from "@/server/storefront";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/storefront/products?q=&category=&sort=&page=&pageSize= on a store host: one
 * page of the store's active products. 422 for bad parameters (pageSize above 100), 404 for a
 * category this store does not have.
 */
export const GET = route({ authorize: (req) => storeOfApiRequest(req.headers), query: ZApiProductsQuery }, async ({ auth, query }) => {
  const list = await listApiProducts(auth.storeId, query);
  if (!list) throw new AppError("NOT_FOUND", "Category not found");
  return new Response(toJson(list), { headers: { "content-type": "application/json", ...API_CACHE_HEADERS } });
});
