import { createCollection, listCollections, ZCollectionInput } from "@/server/catalog";
import { authorizeAdminApi, clientIp, route, toJson, userAgent } from "@/server/http";

export const dynamic = "force-dynamic";

/** GET /api/v1/admin/collections (catalog:read): the store's manual collections. */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "catalog:read") }, async ({ auth }) => {
  return { collections: await listCollections(auth.storeId) };
});

/** POST /api/v1/admin/collections (catalog:write): creates a collection; 201 with it. */
export const POST = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), body: ZCollectionInput }, async ({ auth, body, req }) => {
  const collection = await createCollection(auth.storeId, auth.actor, body, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
  return new Response(toJson(collection), { status: 201, headers: { "content-type": "application/json" } });
});
