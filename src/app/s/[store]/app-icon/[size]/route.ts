import { findAppIconVariant, getStoreAppIcon } from "@/server/pwa";
import { findStoreBySlug } from "@/server/tenancy";

/**
 * /app-icon/{192|512|180|192-maskable|512-maskable} on a store host: the store's app icon as a
 * PNG of that size (see src/server/pwa). The path has no extension on purpose: the proxy skips
 * paths ending in image extensions, and this one must reach the store. The manifest links each
 * icon with a ?v= version, so a modest max-age is enough.
 */
export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}

export async function GET(_req: Request, { params }: { params: Promise<{ store: string; size: string }> }) {
  const { store: slug, size } = await params;
  const variant = findAppIconVariant(size);
  if (!variant) return notFound();
  const store = await findStoreBySlug(slug);
  if (!store || store.status !== "ACTIVE") return notFound();
  const png = await getStoreAppIcon(store.id, variant);
  if (!png) return notFound();
  return new Response(new Uint8Array(png), {
    headers: {
      "content-type": "image/png",
      "content-length": String(png.length),
      "cache-control": "public, max-age=300",
      "x-content-type-options": "nosniff",
    },
  });
}
