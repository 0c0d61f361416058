import { pickRenditionWidth, renditionWidths } from "./rendition-widths";

/** What the URL helpers need of a MediaAsset. */
export type TMediaImageRef = { id: string; width: number | null };

/**
 * The URL of an image rendition ("orig" for the full-size copy): `/media/<id>/<width>` on the
 * store's host, or below `base` where the same route is mounted elsewhere (the dashboard's
 * copy for staff, dashboardMediaBase). Written without a file extension: the proxy skips
 * paths ending in image extensions, and this path must reach a store-scoped media route.
 */
export function mediaUrl(mediaId: string, width: number | "orig", base = ""): string {
  return `${base}/media/${encodeURIComponent(mediaId)}/${width}`;
}

/**
 * Where the dashboard serves a store's images to its signed-in staff (platform host):
 * `/dashboard/<slug>` + the store-host path, so `${dashboardMediaBase(slug)}${media.urls[w]}`
 * is the staff copy of any store-host media URL.
 */
export function dashboardMediaBase(slug: string): string {
  return `/dashboard/${encodeURIComponent(slug)}`;
}

/** `srcset` for <img>: "/media/<id>/160 160w, /media/<id>/320 320w, ...". */
export function srcSet(media: TMediaImageRef, base = ""): string {
  return renditionWidths(media.width)
    .map((w) => `${mediaUrl(media.id, w, base)} ${w}w`)
    .join(", ");
}

/** The rendition URL for a fallback `src` (the one at least `width` wide). */
export function mediaSrc(media: TMediaImageRef, width = 640, base = ""): string {
  const picked = pickRenditionWidth(media.width, width);
  return mediaUrl(media.id, picked ?? "orig", base);
}

/** Every public URL of an image, keyed by width plus "orig". */
export function mediaUrls(media: TMediaImageRef): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const w of renditionWidths(media.width)) urls[String(w)] = mediaUrl(media.id, w);
  urls.orig = mediaUrl(media.id, "orig");
  return urls;
}
