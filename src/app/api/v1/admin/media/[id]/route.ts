import { AppError } from "@/server/errors";
import { authorizeAdminApi, clientIp, route, userAgent } from "@/server/http";
import { deleteMedia, getMedia, updateMediaAlt, ZMediaIdParams, ZUpdateMediaInput } from "@/server/media";

export const dynamic = "force-dynamic";

/** GET /api/v1/admin/media/{id} (catalog:read). Another store's id is 404. */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "catalog:read"), params: ZMediaIdParams }, async ({ auth, params }) => {
  const media = await getMedia(auth.storeId, params.id);
  if (!media) throw new AppError("NOT_FOUND", "Media not found");
  return media;
});

/** PATCH /api/v1/admin/media/{id} (catalog:write): {"alt": "..."}; "" or null clears it. */
export const PATCH = route(
  { authorize: (req) => authorizeAdminApi(req, "catalog:write"), params: ZMediaIdParams, body: ZUpdateMediaInput },
  async ({ auth, params, body, req }) => {
    return updateMediaAlt(auth.storeId, auth.actor, params.id, body, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
  },
);

/**
 * DELETE /api/v1/admin/media/{id} (catalog:write): the row and every stored file. 409 while
 * the media is the store's logo/banner, a category image or a digital product's file.
 */
export const DELETE = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), params: ZMediaIdParams }, async ({ auth, params, req }) => {
  await deleteMedia(auth.storeId, auth.actor, params.id, { ip: clientIp(req.headers), userAgent: userAgent(req.headers) });
  return new Response(null, { status: 204 });
});
