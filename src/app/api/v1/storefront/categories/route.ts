import { route } from "@/server/http";
import { apiJsonResponse, cachedApiBody, listApiCategories, storeOfApiRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

/** GET /api/v1/storefront/categories: this host's store's categories as a tree, in display order. */
export const GET = route({ authorize: (req) => storeOfApiRequest(req.headers) }, async ({ req, auth }) => {
  const body = await cachedApiBody(auth, req.url, () => listApiCategories(auth.storeId));
  return apiJsonResponse(body ?? '{"categories":[]}');
});
