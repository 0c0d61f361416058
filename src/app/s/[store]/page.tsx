import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/storefront/json-ld";
import { ProductGrid } from "@/components/storefront/product-card";
import { ResponsiveImage } from "@/components/storefront/responsive-image";
import { focusRing } from "@/components/storefront/styles";
import { categoryPath, getHome, openGraphFor, organizationJsonLd, shareImageUrl, storeUrl } from "@/server/storefront";
import { loadStore } from "./load-store";

/*
 * Cached storefront pages (this one, products, categories, search and their `q/[query]`
 * twins): `force-static` renders them without request data (no cookies, headers or search
 * params: the proxy moved the query into the path, src/lib/storefront-query.ts) and keeps the
 * result in the page cache; an empty generateStaticParams renders nothing at build time, so
 * every store's page is rendered on its first request. src/server/cache/page-cache-handler.mjs
 * drops a store's pages when its catalog or theme changes.
 */
export const dynamic = "force-static";
export async function generateStaticParams() {
  return [];
}

type TProps = { params: Promise<{ store: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const store = await loadStore(params);
  const home = await getHome(store.id);
  const url = storeUrl(store.slug, "/");
  const names = home?.categories.slice(0, 5).map((c) => c.name) ?? [];
  const description = names.length ? `Shop ${names.join(", ")} and more at ${store.name}.` : `Shop online at ${store.name}.`;
  const image = home?.theme.banner ?? home?.theme.logo;
  return {
    title: { absolute: store.name },
    description,
    alternates: { canonical: url },
    openGraph: openGraphFor(store.slug, { siteName: store.name, title: store.name, description, url, image, imageAlt: store.name }),
  };
}

export default async function StoreHome({ params }: TProps) {
  const store = await loadStore(params);
  const home = await getHome(store.id);
  if (!home) notFound();
  const products = home.collection?.products ?? [];
  const empty = products.length === 0 && home.categories.length === 0;
  const logoUrl = home.theme.logo ? shareImageUrl(store.slug, home.theme.logo) : null;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8 sm:py-12">
      <JsonLd data={organizationJsonLd({ name: store.name, url: storeUrl(store.slug, "/"), logoUrl })} />
      <h1 className="text-3xl font-bold">{empty ? `Welcome to ${store.name}` : store.name}</h1>
      {home.theme.banner ? (
        <div className="mt-6 overflow-hidden rounded-lg bg-gray-100">
          <ResponsiveImage
            media={home.theme.banner}
            alt={home.theme.banner.alt || `${store.name} banner`}
            sizes="(min-width: 1152px) 1152px, 100vw"
            loading="eager"
            className="h-auto max-h-[28rem] w-full object-cover"
          />
        </div>
      ) : null}
      {empty ? (
        <p className="mt-3 max-w-prose text-gray-600">This store has not published any products yet. Please check back soon.</p>
      ) : null}
      {products.length ? (
        <section aria-labelledby="featured-heading" className="mt-10">
          <h2 id="featured-heading" className="mb-6 text-2xl font-semibold">
            {home.collection?.title}
          </h2>
          <ProductGrid products={products} />
        </section>
      ) : null}
      {home.categories.length ? (
        <section aria-labelledby="categories-heading" className="mt-12">
          <h2 id="categories-heading" className="mb-4 text-2xl font-semibold">
            Shop by category
          </h2>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {home.categories.map((c) => (
              <li key={c.id}>
                <Link
                  href={categoryPath(c.handle)}
                  className={`flex h-full flex-col overflow-hidden rounded-lg border border-gray-200 text-center font-medium hover:border-[var(--store-primary,#111827)] ${focusRing}`}
                >
                  {c.image ? (
                    // Below the banner and the featured products: lazy. The link's text names the
                    // category, so the image carries only the merchant's own description of it.
                    <ResponsiveImage
                      media={c.image}
                      alt={c.image.alt ?? ""}
                      sizes="(min-width: 1152px) 276px, (min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
                      className="aspect-[4/3] h-auto w-full bg-gray-100 object-cover"
                    />
                  ) : null}
                  <span className="flex min-h-16 flex-1 items-center justify-center p-4">{c.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
