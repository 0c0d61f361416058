import { ResponsiveImage } from "@/components/storefront/responsive-image";
import type { TMediaRef } from "@/server/storefront";

/**
 * The product's images: the first large, the others in a grid below (a horizontal scroll on
 * phones). Images without alt text are described by the product title.
 */
export function ProductGallery({ media, title }: { media: TMediaRef[]; title: string }) {
  if (media.length === 0) return null;
  const [main, ...rest] = media;
  const altOf = (m: TMediaRef, i: number) => m.alt || (i === 0 ? title : `${title}, image ${i + 1}`);
  return (
    <section aria-label="Product images" className="space-y-3">
      <div className="overflow-hidden rounded-lg bg-gray-100">
        <ResponsiveImage media={main!} alt={altOf(main!, 0)} sizes="(min-width: 1024px) 50vw, 100vw" className="h-auto w-full object-cover" loading="eager" />
      </div>
      {rest.length ? (
        <ul className="flex snap-x gap-3 overflow-x-auto sm:grid sm:grid-cols-4 sm:overflow-visible">
          {rest.map((m, i) => (
            <li key={m.id} className="w-28 shrink-0 snap-start overflow-hidden rounded-md bg-gray-100 sm:w-auto">
              <ResponsiveImage media={m} alt={altOf(m, i + 1)} sizes="(min-width: 1024px) 12vw, 28vw" className="aspect-square h-full w-full object-cover" />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
