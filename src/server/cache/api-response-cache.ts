import { storefrontTag } from "./tag-names";
import { processTagVersions } from "./tag-versions.mjs";

/**
 * Serialized storefront API responses, per server process, checked against the store's cache
 * tag like cached pages (page-cache-handler.mjs). The route handler fills it; the proxy answers
 * a repeated GET from it before any route code runs, which is what lets the catalog API serve
 * at close to static-page speed. The key starts with the store id the proxy resolved from the
 * host, so one store's response can never answer another host. Entries remember the tag
 * versions seen before their read began, so a read that raced a change is dropped at the next
 * check (within CACHE_TAG_POLL_MS of the commit). When versions cannot be read, nothing is
 * served from here. No "server-only": the proxy imports it too.
 */

/**
 * Storefront pages and API responses are public and shared by every shopper of one host: a
 * shared cache may keep them for a second and serve a stale copy for one more while it
 * refreshes, which keeps a change visible within 2 seconds. `Vary: Host` keeps one store's
 * response from ever being served on another store's host.
 */
export const STOREFRONT_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=1";
export const API_CACHE_HEADERS = { "cache-control": STOREFRONT_CACHE_CONTROL, vary: "Host", "x-content-type-options": "nosniff" } as const;

type TEntry = { body: string; version: bigint; size: number };

const GLOBAL = Symbol.for("ecom.cache.apiResponses");
/** What a remembered "not found" holds: the route answers 404 from it, the proxy never serves it. */
export const NOT_FOUND_BODY = "";
const MAX_BYTES = 32 * 1024 * 1024;
/** Larger bodies are not kept (a page of 100 products is well below this). */
const MAX_ENTRY_BYTES = 1024 * 1024;

type TStore = { entries: Map<string, TEntry>; bytes: number };

function store(): TStore {
  const g = globalThis as unknown as Record<symbol, TStore | undefined>;
  return (g[GLOBAL] ??= { entries: new Map(), bytes: 0 });
}

/** The storefront API paths whose GET responses are cached (their bodies depend on the catalog only). */
export function isCachedStorefrontApi(pathname: string): boolean {
  return pathname === "/api/v1/storefront/products" || pathname === "/api/v1/storefront/categories" || /^\/api\/v1\/storefront\/products\/[^/]+$/.test(pathname);
}

/** The cache key of a request: store, path and the query sorted (so parameter order does not matter). */
export function apiCacheKey(storeId: string, url: URL): string {
  const query = [...url.searchParams].sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  return `${storeId}|${url.pathname}?${new URLSearchParams(query).toString()}`;
}

/** The store's current tag version (at most CACHE_TAG_POLL_MS old), or null when it cannot be read. */
export async function storefrontVersion(slug: string): Promise<bigint | null> {
  const versions = processTagVersions();
  if (!versions) return null;
  try {
    const [version] = await versions.versions([storefrontTag(slug)]);
    return version ?? null;
  } catch {
    return null;
  }
}

/** A kept body for `key` that is still current, else null (and a stale entry is dropped). */
export function cachedApiResponse(key: string, version: bigint | null): string | null {
  if (version === null) return null;
  const { entries } = store();
  const entry = entries.get(key);
  if (!entry) return null;
  if (entry.version !== version) {
    forget(key);
    return null;
  }
  entries.delete(key);
  entries.set(key, entry);
  return entry.body;
}

/** Keeps `body` under `key`, stamped with the version seen before it was read. */
export function rememberApiResponse(key: string, version: bigint | null, body: string): void {
  if (version === null || body.length > MAX_ENTRY_BYTES) return;
  // (An empty body is a remembered "not found".)
  const state = store();
  forget(key);
  state.entries.set(key, { body, version, size: body.length + key.length });
  state.bytes += body.length + key.length;
  for (const [oldest, entry] of state.entries) {
    if (state.bytes <= MAX_BYTES) break;
    state.entries.delete(oldest);
    state.bytes -= entry.size;
  }
}

function forget(key: string): void {
  const state = store();
  const entry = state.entries.get(key);
  if (!entry) return;
  state.entries.delete(key);
  state.bytes -= entry.size;
}
