import { mediaSrc, renditionWidths, mediaUrl } from "@/server/media";
import type { TApiImage } from "./api-schemas";
import { storeUrl } from "./store-url";
import type { TMediaRef } from "./types";

/** Width of an API image's `url` (a grid or product image on a phone at 2x). */
export const API_IMAGE_WIDTH = 640;

/**
 * An image for API clients: absolute URLs on the store's own host (a native app has no page
 * to resolve relative URLs against), a fallback rendition and every responsive candidate.
 */
export function apiImage(slug: string, media: TMediaRef): TApiImage {
  return {
    url: storeUrl(slug, mediaSrc(media, API_IMAGE_WIDTH)),
    srcSet: renditionWidths(media.width)
      .map((w) => `${storeUrl(slug, mediaUrl(media.id, w))} ${w}w`)
      .join(", "),
    width: media.width,
    height: media.height,
    alt: media.alt,
  };
}
