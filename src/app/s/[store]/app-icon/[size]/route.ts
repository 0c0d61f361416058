import { findAppIconVariant, getStoreAppIcon } from "@/server/pwa";
import { plainNotFound } from "@/lib/plain-not-found";
import { findActiveStoreBySlug } from "@/server/tenancy";

/**
 * /app-icon/{192|512|180|192-maskable|512-maskable} on a store host: the store's app icon as a
 * PNG of that size (see src/server/pwa). The path has no extension on purpose: the proxy skips
 * paths ending in image extensions, and this one must reach the store. The manifest links each
 * icon with a ?v= version, so a modest max-age is enough.
 */
export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ store: string; size: string }> }) {
  const { store: slug, size } = await params;
  const variant = findAppIconVariant(size);
  if (!variant) return plainNotFound();
  const store = await findActiveStoreBySlug(slug);
  if (!store) return plainNotFound();
  const png = await getStoreAppIcon(store.id, variant);
  if (!png) return plainNotFound();
  return new Response(new Uint8Array(png), {
    headers: {
      "content-type": "image/png",
      "content-length": String(png.length),
      "cache-control": "public, max-age=300",
      "x-content-type-options": "nosniff",
    },
  });
}
