import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/storefront/breadcrumbs";
import { CategoryFilters } from "@/components/storefront/category-filters";
import { JsonLd } from "@/components/storefront/json-ld";
import { Pagination } from "@/components/storefront/pagination";
import { ProductGrid } from "@/components/storefront/product-card";
import { ResponsiveImage } from "@/components/storefront/responsive-image";
import { RichText } from "@/components/storefront/rich-text";
import { textLink } from "@/components/storefront/styles";
import { breadcrumbJsonLd, categoryPath, excerpt, getCategoryPage, getCategorySummary, openGraphFor, parseCategoryQuery, storeUrl } from "@/server/storefront";
import { loadStore } from "@/app/s/[store]/load-store";

type TSearchParams = Record<string, string | string[] | undefined>;
type TProps = { params: Promise<{ store: string; handle: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params, searchParams }: TProps): Promise<Metadata> {
  const store = await loadStore(params);
  const { handle } = await params;
  const summary = await getCategorySummary(store.id, handle);
  if (!summary) return {};
  const { page } = parseCategoryQuery(await searchParams);
  const { category } = summary;
  // Filtered and sorted views point at the plain listing; further pages keep their number.
  const url = storeUrl(store.slug, `${categoryPath(category.handle)}${page > 1 ? `?page=${page}` : ""}`);
  const title = page > 1 ? `${category.name} (page ${page})` : category.name;
  const description = category.descriptionText ? excerpt(category.descriptionText) : `Shop ${category.name} at ${store.name}.`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: openGraphFor(store.slug, { siteName: store.name, title: category.name, description, url, image: category.image, imageAlt: category.name }),
  };
}

/** Keeps the listing's filters and sort on pagination links. */
function listingQuery(searchParams: TSearchParams): [string, string][] {
  const keep = ["sort", "minPrice", "maxPrice", "o", "inStock"];
  return Object.entries(searchParams).flatMap(([key, value]) =>
    keep.includes(key) ? (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== "").map((v): [string, string] => [key, v]) : [],
  );
}

export default async function CategoryPage({ params, searchParams }: TProps) {
  const store = await loadStore(params);
  const { handle } = await params;
  const raw = await searchParams;
  const query = parseCategoryQuery(raw);
  const listing = await getCategoryPage(store.id, handle, query);
  if (!listing) notFound();
  const path = categoryPath(listing.category.handle);
  const crumbs = [{ name: "Home", href: "/" }, ...listing.breadcrumbs.map((c) => ({ name: c.name, href: categoryPath(c.handle) }))];
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <JsonLd data={breadcrumbJsonLd(crumbs.map((c) => ({ name: c.name, url: storeUrl(store.slug, c.href) })))} />
      <Breadcrumbs items={crumbs} />
      {listing.category.image ? (
        <div className="mt-4 overflow-hidden rounded-lg bg-gray-100">
          {/* The page's header, above the fold (often its largest image): loaded eagerly. */}
          <ResponsiveImage
            media={listing.category.image}
            alt={listing.category.image.alt || listing.category.name}
            sizes="(min-width: 1152px) 1120px, 100vw"
            loading="eager"
            className="h-40 w-full object-cover sm:h-56"
          />
        </div>
      ) : null}
      <h1 className="mt-4 text-3xl font-bold">{listing.category.name}</h1>
      <RichText html={listing.category.descriptionHtml} className="mt-3 text-gray-700" />
      {listing.subcategories.length ? (
        <nav aria-label="Subcategories" className="mt-4">
          <ul className="flex flex-wrap gap-3 text-sm">
            {listing.subcategories.map((c) => (
              <li key={c.id}>
                <Link href={categoryPath(c.handle)} className={textLink}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="mt-8 grid gap-8 lg:grid-cols-[16rem_1fr]">
        <aside>
          <CategoryFilters action={path} page={listing} typed={{ minPrice: query.minPrice, maxPrice: query.maxPrice }} />
        </aside>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            Products
          </h2>
          <p className="mb-4 text-sm text-gray-600" role="status" data-testid="result-count">
            {listing.total === 1 ? "1 product" : `${listing.total} products`}
          </p>
          {listing.items.length ? (
            <ProductGrid products={listing.items} />
          ) : (
            <p className="text-gray-700">{listing.total ? "There are no products on this page." : "No products match these filters."}</p>
          )}
          <Pagination page={listing.page} pageCount={listing.pageCount} basePath={path} query={listingQuery(raw)} />
        </section>
      </div>
    </main>
  );
}
