import { cachedStorefrontRead } from "@/server/cache";
import { AppError } from "@/server/errors";
import { toJson } from "@/server/http/json";
import { storeFromHeaders } from "@/server/tenancy";

/**
 * Storefront API responses are public and shared by every shopper of one host: a shared
 * cache may keep them for a second and serve a stale copy for one more while it refreshes,
 * which keeps a catalog change visible within 2 seconds. `Vary: Host` keeps one store's
 * response from ever being served on another store's host.
 */
export const API_CACHE_HEADERS = {
  "cache-control": "public, max-age=0, s-maxage=1, stale-while-revalidate=1",
  vary: "Host",
} as const;

/**
 * The store of a storefront API request, as the proxy resolved it from the Host header (it
 * strips any client-sent copy of the header). Not a store host: 404, naming nothing.
 */
export async function storeOfApiRequest(headers: Headers): Promise<{ storeId: string; slug: string | null }> {
  const store = storeFromHeaders(headers);
  if (!store) throw new AppError("NOT_FOUND", "Not found");
  return store;
}

/**
 * A storefront API body, serialized once and kept in the page cache under the store's tag
 * (dropped within CACHE_TAG_POLL_MS of a catalog or theme change). `read` answers null for
 * "not found", which is cached too (a handle that does not exist stays cheap to ask for).
 */
export async function cachedApiBody(store: { storeId: string; slug: string | null }, key: string[], read: () => Promise<unknown>): Promise<string | null> {
  return cachedStorefrontRead(store.slug, ["api", store.storeId, ...key], async () => {
    const value = await read();
    return value === null ? null : toJson(value);
  });
}

/** A 200 JSON response with the storefront API's cache headers. */
export function apiJsonResponse(body: string): Response {
  return new Response(body, { headers: { "content-type": "application/json", ...API_CACHE_HEADERS } });
}
