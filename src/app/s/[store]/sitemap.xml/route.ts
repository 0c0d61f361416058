import { categoryPath, listSitemapEntries, productPath, sitemapXml, storeUrl } from "@/server/storefront";
import { plainNotFound } from "@/lib/plain-not-found";
import { findActiveStoreBySlug } from "@/server/tenancy";

/**
 * /sitemap.xml on a store host (the proxy rewrites it here; the folder is literally named
 * sitemap.xml). Lists only this store's home page, categories and ACTIVE products, with
 * absolute URLs on the store's own host.
 */
export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ store: string }> }) {
  const { store: slug } = await params;
  const store = await findActiveStoreBySlug(slug);
  if (!store) return plainNotFound();
  const entries = await listSitemapEntries(store.id);
  const xml = sitemapXml([
    { loc: storeUrl(store.slug, "/") },
    ...entries.categories.map((c) => ({ loc: storeUrl(store.slug, categoryPath(c.handle)), lastmod: c.updatedAt })),
    ...entries.products.map((p) => ({ loc: storeUrl(store.slug, productPath(p.handle)), lastmod: p.updatedAt })),
  ]);
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "no-cache" } });
}
