import { AppError } from "@/server/errors";
import { route } from "@/server/http";
import { apiJsonResponse, cachedApiBody, getApiProduct, storeOfApiRequest, ZApiHandleParams } from "@/server/storefront";

export const dynamic = "force-dynamic";

/** GET /api/v1/storefront/products/{handle}: an active product of this host's store; 404 otherwise. */
export const GET = route({ authorize: (req) => storeOfApiRequest(req.headers), params: ZApiHandleParams }, async ({ req, auth, params }) => {
  const body = await cachedApiBody(auth, req.url, () => getApiProduct(auth.storeId, params.handle));
  if (body === null) throw new AppError("NOT_FOUND", "Product not found");
  return apiJsonResponse(body);
});
