import type { TStorefrontSession } from "@/server/customers";
import { getCustomerActor, route } from "@/server/http";
import { storeOfApiRequest } from "@/server/storefront";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/storefront/session on a store host: whether a customer of this store is signed in
 * here. Cached storefront pages are shared by every shopper, so their header asks this from the
 * browser. Never cached; 200 whether signed in or not.
 */
export const GET = route({ authorize: (req) => storeOfApiRequest(req.headers) }, async () => {
  const actor = await getCustomerActor();
  const session: TStorefrontSession = { signedIn: actor !== null };
  return Response.json(session, { headers: { "cache-control": "private, no-store" } });
});
