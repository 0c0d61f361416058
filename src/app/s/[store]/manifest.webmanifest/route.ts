import { getStoreWebManifest } from "@/server/pwa";
import { plainNotFound } from "@/lib/plain-not-found";
import { findActiveStoreBySlug } from "@/server/tenancy";

/**
 * /manifest.webmanifest on a store host (the proxy rewrites it here; the folder is literally
 * named manifest.webmanifest): the store's web app manifest. Unknown and suspended stores 404.
 */
export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ store: string }> }) {
  const { store: slug } = await params;
  const store = await findActiveStoreBySlug(slug);
  if (!store) return plainNotFound();
  const manifest = await getStoreWebManifest(store.id);
  if (!manifest) return plainNotFound();
  return new Response(JSON.stringify(manifest), {
    headers: { "content-type": "application/manifest+json; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
