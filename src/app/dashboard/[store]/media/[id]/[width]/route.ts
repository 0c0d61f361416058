import { z } from "zod";
import { requireStaff, route } from "@/server/http";
import { renditionResponse } from "@/server/media";

export const dynamic = "force-dynamic";

/** Staff's browsers may keep a rendition for an hour; shared caches never (it needs a session). */
const PRIVATE = "private, max-age=3600";

/**
 * GET /dashboard/{store}/media/{id}/{width} on the platform host: the same image renditions as
 * the store host's /media/{id}/{width}, for the dashboard's thumbnails and previews (its CSP
 * allows images from its own host only). Signed-in staff of that store with catalog:read
 * only: signed out is 401, not the store's staff 404, and another store's media id, an
 * unknown id or a FILE is the plain 404 of the store-host route.
 */
export const GET = route({ params: z.object({ store: z.string().min(1).max(100), id: z.string(), width: z.string() }) }, async ({ req, params }) => {
  const staff = await requireStaff(params.store, "catalog:read");
  return renditionResponse({ storeId: staff.store.id, id: params.id, width: params.width, ifNoneMatch: req.headers.get("if-none-match"), cacheControl: PRIVATE });
});
