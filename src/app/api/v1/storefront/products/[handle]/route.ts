import { AppError } from "@/server/errors";
import { route, toJson } from "@/server/http";
import { API_CACHE_HEADERS, getApiProduct, storeOfApiRequest, ZApiHandleParams } from "@/server/storefront";

export const dynamic = "force-dynamic";

/** GET /api/v1/storefront/products/{handle}: an active product of this host's store; 404 otherwise. */
export const GET = route({ authorize: (req) => storeOfApiRequest(req.headers), params: ZApiHandleParams }, async ({ auth, params }) => {
  const product = await getApiProduct(auth.storeId, params.handle);
  if (!product) throw new AppError("NOT_FOUND", "Product not found");
  return new Response(toJson(product), { headers: { "content-type": "application/json", ...API_CACHE_HEADERS } });
});
