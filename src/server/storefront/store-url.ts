import { env } from "@/env";
import { mediaSrc, type TMediaImageRef } from "@/server/media";

/**
 * Absolute URLs on a store's own host ({slug}.ROOT_DOMAIN), independent of the Host the
 * request arrived on: canonical links, Open Graph, JSON-LD and the sitemap always name the
 * store's primary address, so a custom domain or a proxy never changes what search engines see.
 */
export function storeUrl(slug: string, path = "/"): string {
  const e = env();
  return `${e.protocol}://${slug}.${e.ROOT_DOMAIN}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Width of the image rendition used for Open Graph and JSON-LD. */
export const SHARE_IMAGE_WIDTH = 1024;

/**
 * Absolute URL of an image for Open Graph and JSON-LD: the 1024px rendition (or the largest
 * the image has, when it is smaller) on the store's own host.
 */
export function shareImageUrl(slug: string, media: TMediaImageRef): string {
  return storeUrl(slug, mediaSrc(media, SHARE_IMAGE_WIDTH));
}

export function productPath(handle: string): string {
  return `/products/${encodeURIComponent(handle)}`;
}

export function categoryPath(handle: string): string {
  return `/categories/${encodeURIComponent(handle)}`;
}

/** The Open Graph tags of a store page (Next's `metadata.openGraph`). */
export type TOpenGraph = {
  type: "website";
  siteName: string;
  title: string;
  description: string;
  url: string;
  images?: { url: string; alt: string }[];
};

/**
 * Open Graph tags for a page of the store: its canonical URL and, when the page has one, its
 * share image on the store's own host with alt text (the image's own, else `imageAlt`).
 */
export function openGraphFor(
  slug: string,
  page: { siteName: string; title: string; description: string; url: string; image?: (TMediaImageRef & { alt: string | null }) | null; imageAlt: string },
): TOpenGraph {
  const { image, imageAlt, ...tags } = page;
  return { type: "website", ...tags, ...(image ? { images: [{ url: shareImageUrl(slug, image), alt: image.alt || imageAlt }] } : {}) };
}
