import { API_CACHE_HEADERS, apiCacheKey, cachedApiResponse, NOT_FOUND_BODY, rememberApiResponse, storefrontVersion } from "@/server/cache";
import { AppError } from "@/server/errors";
import { toJson } from "@/server/http/json";
import { resolveHost, storeFromHeaders } from "@/server/tenancy";

export { API_CACHE_HEADERS } from "@/server/cache";

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
 * The store of a request on a path the proxy does not run for (the cart and checkout API,
 * PROXYLESS_API_PREFIX), resolved here from the Host header with the proxy's rules: the
 * platform host, an unknown host and anything that is not a store host are 404 naming
 * nothing; a suspended store is 503 STORE_UNAVAILABLE. The internal headers are never read
 * for it: on these paths no proxy has stripped a client's copies.
 */
export async function storeOfHostRequest(req: Request): Promise<{ storeId: string; slug: string }> {
  const resolved = await resolveHost(req.headers.get("host"));
  if (resolved.area !== "store") throw new AppError("NOT_FOUND", "Not found");
  if (resolved.store.status === "SUSPENDED") throw new AppError("STORE_UNAVAILABLE", "This store is unavailable");
  return { storeId: resolved.store.id, slug: resolved.store.slug };
}

/**
 * A storefront API body, serialized once and kept per process under the store's cache tag
 * (src/server/cache/api-response-cache.ts: the proxy answers repeats of the same GET from it;
 * dropped within CACHE_TAG_POLL_MS of a catalog or theme change). `read` answers null for
 * "not found", which is remembered too (as an empty body the proxy never serves).
 */
export async function cachedApiBody(store: { storeId: string; slug: string | null }, url: string, read: () => Promise<unknown>): Promise<string | null> {
  const key = apiCacheKey(store.storeId, new URL(url));
  const version = store.slug ? await storefrontVersion(store.slug) : null;
  const kept = cachedApiResponse(key, version);
  if (kept !== null) return kept === NOT_FOUND_BODY ? null : kept;
  const value = await read();
  const body = value === null ? null : toJson(value);
  rememberApiResponse(key, version, body ?? NOT_FOUND_BODY);
  return body;
}

/** A 200 JSON response with the storefront API's cache headers. */
export function apiJsonResponse(body: string): Response {
  return new Response(body, { headers: { "content-type": "application/json", ...API_CACHE_HEADERS } });
}
