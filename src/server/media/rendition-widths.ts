/** Widths of the WebP renditions made on upload (CSS pixels at 1x, or device pixels). */
export const RENDITION_WIDTHS = [160, 320, 640, 1024, 1600] as const;
const MAX_RENDITION_WIDTH = 1600;

/**
 * The rendition widths an image of `originalWidth` has: every standard width below it, plus
 * the original width itself (capped at the largest standard width) so the top of the srcset
 * is never upscaled and never blurrier than the original. A 100px image has one rendition
 * (100), an 800px image 160/320/640/800, a 4000px image the five standard widths. Derived from
 * the stored width alone, so no list is stored.
 */
export function renditionWidths(originalWidth: number | null | undefined): number[] {
  if (!originalWidth || originalWidth < 1) return [];
  const top = Math.min(originalWidth, MAX_RENDITION_WIDTH);
  return [...RENDITION_WIDTHS.filter((w) => w < top), top];
}

/** The smallest rendition at least `requested` wide, or the largest there is. */
export function pickRenditionWidth(originalWidth: number | null | undefined, requested: number): number | null {
  const widths = renditionWidths(originalWidth);
  if (widths.length === 0) return null;
  return widths.find((w) => w >= requested) ?? widths[widths.length - 1]!;
}
