import "server-only";
import { env } from "@/env";
import { unsafeCrossStoreDb } from "@/server/db";
import { classifyHost } from "./classify-host";

export type TResolvedStore = { id: string; slug: string; name: string; status: "ACTIVE" | "SUSPENDED" };
export type TResolvedHost = { area: "platform" } | { area: "store"; store: TResolvedStore } | { area: "unknown" };

type TEntry = { at: number; value: TResolvedStore | null };
const MAX_ENTRIES = 50_000;
const cache = new Map<string, TEntry>();

const storeSelect = { id: true, slug: true, name: true, status: true } as const;

/**
 * Looks a store up by slug or verified custom domain. This is the one deliberate cross-store
 * read: it decides which tenant a request belongs to. Results (including "no such store") are
 * cached per instance for TENANT_CACHE_TTL_MS and dropped by invalidateStoreCache() when a
 * store or domain changes here; other instances converge within the TTL.
 */
async function lookup(key: string, find: () => Promise<TResolvedStore | null>): Promise<TResolvedStore | null> {
  const ttl = env().TENANT_CACHE_TTL_MS;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < ttl) return hit.value;
  const value = await find();
  if (ttl > 0) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, { at: Date.now(), value });
  }
  return value;
}

export function findStoreBySlug(slug: string): Promise<TResolvedStore | null> {
  return lookup(`slug:${slug}`, () => unsafeCrossStoreDb().store.findUnique({ where: { slug }, select: storeSelect }));
}

/**
 * The store of a storefront route (/s/{slug}/..., reached only through the proxy's rewrite of
 * that store's host) when it is ACTIVE, else null: a suspended store serves nothing.
 */
export async function findActiveStoreBySlug(slug: string): Promise<TResolvedStore | null> {
  const store = await findStoreBySlug(slug);
  return store?.status === "ACTIVE" ? store : null;
}

function findStoreByDomain(hostname: string): Promise<TResolvedStore | null> {
  return lookup(`host:${hostname}`, async () => {
    const domain = await unsafeCrossStoreDb().storeDomain.findUnique({
      where: { hostname },
      select: { verifiedAt: true, store: { select: storeSelect } },
    });
    return domain?.verifiedAt ? domain.store : null;
  });
}

/** Which area and store a Host header belongs to. */
export async function resolveHost(host: string | null | undefined): Promise<TResolvedHost> {
  const kind = classifyHost(host, env().ROOT_DOMAIN);
  switch (kind.kind) {
    case "platform":
      return { area: "platform" };
    case "subdomain": {
      const store = await findStoreBySlug(kind.slug);
      return store ? { area: "store", store } : { area: "unknown" };
    }
    case "custom": {
      const store = await findStoreByDomain(kind.hostname);
      return store ? { area: "store", store } : { area: "unknown" };
    }
    default:
      return { area: "unknown" };
  }
}

/** Drops cached resolutions: call after changing a store's slug or status or its domains. */
export function invalidateStoreCache(keys?: { slug?: string; hostname?: string }): void {
  if (!keys) return cache.clear();
  if (keys.slug) cache.delete(`slug:${keys.slug}`);
  if (keys.hostname) cache.delete(`host:${keys.hostname}`);
}
