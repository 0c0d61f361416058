import { findMediaRendition, ZMediaId, ZRenditionWidth } from "@/server/media";
import { findStoreBySlug } from "@/server/tenancy";

export const dynamic = "force-dynamic";

const IMMUTABLE = "public, max-age=31536000, immutable";

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}

/**
 * GET /media/{id}/{width} on a store host (the proxy rewrites it here with the host's slug):
 * an image rendition of THIS store. The media row is read through the store's tenant door,
 * so another store's id, an unknown id and any downloadable FILE are the same plain 404.
 */
export async function GET(req: Request, { params }: { params: Promise<{ store: string; id: string; width: string }> }): Promise<Response> {
  const { store: slug, id, width } = await params;
  const mediaId = ZMediaId.safeParse(id);
  const requested = ZRenditionWidth.safeParse(width);
  if (!mediaId.success || !requested.success) return notFound();
  const store = await findStoreBySlug(slug);
  if (!store || store.status !== "ACTIVE") return notFound();
  const rendition = await findMediaRendition(store.id, mediaId.data, requested.data);
  if (!rendition) return notFound();
  const headers = new Headers({
    etag: rendition.etag,
    "cache-control": IMMUTABLE,
    "x-content-type-options": "nosniff",
  });
  if (matchesEtag(req.headers.get("if-none-match"), rendition.etag)) return new Response(null, { status: 304, headers });
  const object = await rendition.open();
  if (!object) return notFound();
  headers.set("content-type", rendition.contentType);
  if (object.size !== null) headers.set("content-length", String(object.size));
  return new Response(object.body, { status: 200, headers });
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
