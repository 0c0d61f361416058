import "server-only";
import { plainNotFound } from "@/lib/plain-not-found";
import { findMediaRendition } from "./find-media-rendition";
import { ZMediaId, ZRenditionWidth } from "./media.schemas";


export type TRenditionRequest = {
  /** The store whose image it must be (the caller has already decided who may see it). */
  storeId: string;
  /** The raw `id` and `width` path segments; malformed ones are a plain 404. */
  id: string;
  width: string;
  /** The request's If-None-Match header, if any. */
  ifNoneMatch: string | null;
  /** Cache-Control of the 200 and 304 answers (public on store hosts, private on the dashboard). */
  cacheControl: string;
};

/**
 * The HTTP answer for /media/<id>/<width> (store host) and /dashboard/<slug>/media/<id>/<width>
 * (platform host): the rendition of one of `storeId`'s images, streamed with its strong ETag,
 * content type and length and `nosniff`; 304 to a matching If-None-Match; the plain 404 of
 * plainNotFound for a malformed id or width, an unknown id, another store's id and
 * every FILE (downloads are never served here). Builds a standard Response from plain
 * arguments: who may ask is the route's decision.
 */
export async function renditionResponse(request: TRenditionRequest): Promise<Response> {
  const mediaId = ZMediaId.safeParse(request.id);
  const width = ZRenditionWidth.safeParse(request.width);
  if (!mediaId.success || !width.success) return plainNotFound();
  const rendition = await findMediaRendition(request.storeId, mediaId.data, width.data);
  if (!rendition) return plainNotFound();
  const headers = new Headers({ etag: rendition.etag, "cache-control": request.cacheControl, "x-content-type-options": "nosniff" });
  if (matchesEtag(request.ifNoneMatch, rendition.etag)) return new Response(null, { status: 304, headers });
  const object = await rendition.open();
  if (!object) return plainNotFound();
  headers.set("content-type", rendition.contentType);
  if (object.size !== null) headers.set("content-length", String(object.size));
  return new Response(object.body, { status: 200, headers });
}

/** If-None-Match against a strong ETag: a list of tags, weak forms and "*" included. */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
