import { mediaSrc, srcSet, type TMediaImageRef } from "@/server/media";

type TResponsiveImageProps = {
  media: TMediaImageRef & { height: number | null; alt?: string | null };
  /** Overrides the media's stored alt text; "" marks a decorative image. */
  alt?: string;
  /** The `sizes` attribute: how wide the image is laid out, e.g. "(min-width: 768px) 50vw, 100vw". */
  sizes: string;
  className?: string;
  /** "eager" for the largest image above the fold (LCP); lazy otherwise. */
  loading?: "lazy" | "eager";
};

/**
 * An image from the store's media with its pre-generated WebP renditions as `srcset`. A plain
 * <img> rather than next/image: the sizes already exist, so no optimizer runs per request.
 * width/height are the intrinsic size so the browser reserves the space (no layout shift).
 */
export function ResponsiveImage({ media, alt, sizes, className, loading = "lazy" }: TResponsiveImageProps) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- renditions are made on upload (see @/server/media)
    <img
      src={mediaSrc(media)}
      srcSet={srcSet(media) || undefined}
      sizes={sizes}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      alt={alt ?? media.alt ?? ""}
      loading={loading}
      decoding="async"
      className={className}
    />
  );
}
