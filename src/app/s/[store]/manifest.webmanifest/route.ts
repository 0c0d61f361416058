import { getStoreWebManifest } from "@/server/pwa";
import { findStoreBySlug } from "@/server/tenancy";

/**
 * /manifest.webmanifest on a store host (the proxy rewrites it here; the folder is literally
 * named manifest.webmanifest): the store's web app manifest. Unknown and suspended stores 404.
 */
export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

export async function GET(_req: Request, { params }: { params: Promise<{ store: string }> }) {
  const { store: slug } = await params;
  const store = await findStoreBySlug(slug);
  if (!store || store.status !== "ACTIVE") return notFound();
  const manifest = await getStoreWebManifest(store.id);
  if (!manifest) return notFound();
  return new Response(JSON.stringify(manifest), {
    headers: { "content-type": "application/manifest+json; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
