import { renditionResponse } from "@/server/media";
import { plainNotFound } from "@/lib/plain-not-found";
import { findActiveStoreBySlug } from "@/server/tenancy";

export const dynamic = "force-dynamic";

/** A rendition's bytes never change under its id and width: any cache may keep it for good. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * GET /media/{id}/{width} on a store host (the proxy rewrites it here with the host's slug):
 * an image rendition of THIS store. The media row is read through the store's tenant door,
 * so another store's id, an unknown id and any downloadable FILE are the same plain 404.
 */
export async function GET(req: Request, { params }: { params: Promise<{ store: string; id: string; width: string }> }): Promise<Response> {
  const { store: slug, id, width } = await params;
  const store = await findActiveStoreBySlug(slug);
  if (!store) return plainNotFound();
  return renditionResponse({ storeId: store.id, id, width, ifNoneMatch: req.headers.get("if-none-match"), cacheControl: IMMUTABLE });
}
