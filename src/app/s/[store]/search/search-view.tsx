import type { Metadata } from "next";
import { Pagination } from "@/components/storefront/pagination";
import { ProductGrid } from "@/components/storefront/product-card";
import { SearchForm } from "@/components/storefront/search-form";
import { searchProducts, storeUrl, ZSearchQuery } from "@/server/storefront";
import { loadStore } from "@/app/s/[store]/load-store";

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: TProps): Promise<Metadata> {
  const store = await loadStore(params);
  const { q } = ZSearchQuery.parse(await searchParams);
  return {
    title: q ? `Search results for “${q}”` : "Search",
    description: `Search the products of ${store.name}.`,
    alternates: { canonical: storeUrl(store.slug, "/search") },
    // Result pages are endless variations of the catalog: keep them out of search engines.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: TProps) {
  const store = await loadStore(params);
  const { q, page } = ZSearchQuery.parse(await searchParams);
  const results = q ? await searchProducts(store.id, q, page) : null;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">{q ? `Search results for “${q}”` : "Search"}</h1>
      <div className="mt-6">
        <SearchForm q={q} />
      </div>
      {results ? (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <p role="status" className="mb-4 text-sm text-gray-600" data-testid="result-count">
            {results.total === 1 ? "1 product found" : `${results.total} products found`}
          </p>
          {results.items.length ? (
            <ProductGrid products={results.items} />
          ) : (
            <p className="text-gray-700">{results.total ? "There are no results on this page." : "Nothing matches your search. Try other or fewer words."}</p>
          )}
          <Pagination page={results.page} pageCount={results.pageCount} basePath="/search" query={[["q", q]]} />
        </section>
      ) : (
        <p className="mt-6 text-gray-700">Enter a product name, a word from its description or a SKU.</p>
      )}
    </main>
  );
}
