import { robotsTxt, storeUrl } from "@/server/storefront";
import { plainNotFound } from "@/lib/plain-not-found";
import { findActiveStoreBySlug } from "@/server/tenancy";

/** /robots.txt on a store host: crawl everything but private paths; points at the sitemap. */
export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ store: string }> }) {
  const { store: slug } = await params;
  const store = await findActiveStoreBySlug(slug);
  if (!store) return plainNotFound();
  return new Response(robotsTxt(storeUrl(store.slug, "/sitemap.xml")), {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}
