import { route, toJson } from "@/server/http";
import { API_CACHE_HEADERS, listApiCategories, storeOfApiRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

/** GET /api/v1/storefront/categories: this host's store's categories as a tree, in display order. */
export const GET = route({ authorize: (req) => storeOfApiRequest(req.headers) }, async ({ auth }) => {
  const tree = await listApiCategories(auth.storeId);
  return new Response(toJson(tree), { headers: { "content-type": "application/json", ...API_CACHE_HEADERS } });
});
