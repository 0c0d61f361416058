import Link from "next/link";
import { ResponsiveImage } from "@/components/storefront/responsive-image";
import { productPath, type TProductCard } from "@/server/storefront";
import { Price } from "./price";
import { focusRing } from "./styles";

/** One product in a grid: image, title (a link to the product), price, and "Sold out" when nothing can be bought. */
export function ProductCard({ product, headingLevel = 3 }: { product: TProductCard; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="group relative flex flex-col">
      <div className="aspect-square overflow-hidden rounded-md bg-gray-100">
        {product.image ? (
          <ResponsiveImage
            media={product.image}
            alt={product.image.alt || product.title}
            sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 45vw"
            className="h-full w-full object-cover transition group-hover:opacity-90"
          />
        ) : null}
      </div>
      <Heading className="mt-3 text-sm font-medium text-gray-900">
        {/* Product pages are cached static pages, which Next prefetches whole: a grid of 24 would
            render 24 pages per visit on a cold cache. They load on click instead. */}
        <Link href={productPath(product.handle)} prefetch={false} className={`rounded-sm after:absolute after:inset-0 ${focusRing}`}>
          {product.title}
        </Link>
      </Heading>
      <Price price={product.price} compareAtPrice={product.compareAtPrice} currency={product.currency} from={product.priceVaries} className="mt-1 text-sm text-gray-700" />
      {product.available ? null : (
        <p className="mt-1 text-sm font-medium text-red-700" data-testid="sold-out">
          Sold out
        </p>
      )}
    </article>
  );
}

/** A responsive grid of product cards (two columns on phones). */
export function ProductGrid({ products, headingLevel = 3 }: { products: TProductCard[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4" data-testid="product-grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
