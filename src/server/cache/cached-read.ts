import "server-only";
import { unstable_cache } from "next/cache";
import { storefrontTag } from "./storefront-tags";

/**
 * A storefront read kept in the page cache (page-cache-handler.mjs) under the store's tag, so
 * it is dropped with the store's pages when its catalog or theme changes. The result must be
 * JSON (callers cache serialized responses). Outside the Next.js server (tests, scripts) or
 * without the store's slug, it simply reads.
 */
export function cachedStorefrontRead<T>(slug: string | null, key: string[], read: () => Promise<T>): Promise<T> {
  if (!slug || !process.env.NEXT_RUNTIME) return read();
  return unstable_cache(read, ["storefront", slug, ...key], { tags: [storefrontTag(slug)], revalidate: false })();
}
