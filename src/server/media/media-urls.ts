import { pickRenditionWidth, renditionWidths } from "./rendition-widths";

/** What the URL helpers need of a MediaAsset. */
export type TMediaImageRef = { id: string; width: number | null };

/**
 * The store-host URL of an image rendition ("orig" for the full-size copy). Written without
 * a file extension: the proxy skips paths ending in image extensions, and this path must
 * reach the store-scoped media route.
 */
export function mediaUrl(mediaId: string, width: number | "orig"): string {
  return `/media/${encodeURIComponent(mediaId)}/${width}`;
}

/** `srcset` for <img>: "/media/<id>/160 160w, /media/<id>/320 320w, ...". */
export function srcSet(media: TMediaImageRef): string {
  return renditionWidths(media.width)
    .map((w) => `${mediaUrl(media.id, w)} ${w}w`)
    .join(", ");
}

/** The rendition URL for a fallback `src` (the one at least `width` wide). */
export function mediaSrc(media: TMediaImageRef, width = 640): string {
  const picked = pickRenditionWidth(media.width, width);
  return mediaUrl(media.id, picked ?? "orig");
}

/** Every public URL of an image, keyed by width plus "orig". */
export function mediaUrls(media: TMediaImageRef): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const w of renditionWidths(media.width)) urls[String(w)] = mediaUrl(media.id, w);
  urls.orig = mediaUrl(media.id, "orig");
  return urls;
}
