import { AppError } from "@/server/errors";
import { route } from "@/server/http";
import { apiJsonResponse, cachedApiBody, listApiProducts, storeOfApiRequest, ZApiProductsQuery } from "@/server/storefront";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/storefront/products?q=&category=&sort=&page=&pageSize= on a store host: one
 * page of the store's active products. 422 for bad parameters (pageSize above 100), 404 for a
 * category this store does not have.
 */
export const GET = route({ authorize: (req) => storeOfApiRequest(req.headers), query: ZApiProductsQuery }, async ({ req, auth, query }) => {
  const body = await cachedApiBody(auth, req.url, () => listApiProducts(auth.storeId, query));
  if (body === null) throw new AppError("NOT_FOUND", "Category not found");
  return apiJsonResponse(body);
});
