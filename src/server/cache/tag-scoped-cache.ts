import { storefrontVersion } from "./api-response-cache";

type TKept<T> = { value: T; version: bigint };

/** At most this many stores' values are kept per cache (then it starts afresh). */
const MAX_STORES = 10_000;

/**
 * A per-process cache of something a store's requests read on every call (its checkout
 * configuration, its currency and line maximum), checked against the store's storefront cache
 * tag like cached pages: every change that could alter the value bumps the tag in its own
 * transaction (enqueueEvent, for the event types listed in storefront-tags.ts), so the kept
 * value is replaced within CACHE_TAG_POLL_MS of the commit on every instance, and at once on
 * the instance that wrote it (bumpStorefrontTag forgets the versions this process knows).
 *
 * The version is read BEFORE the value, so a change that commits while the value is read is
 * caught at the next check. The first read of a store learns its slug (the tag's name) from
 * the value itself and reads once more after the version. When versions cannot be read, every
 * call reads the database once (nothing is kept).
 */
export function tagScopedCache<T>(name: string, load: (storeId: string) => Promise<T>, slugOf: (value: T) => string): (storeId: string) => Promise<T> {
  const key = Symbol.for(`ecom.cache.tagScoped.${name}`);
  const g = globalThis as unknown as Record<symbol, Map<string, TKept<T>> | undefined>;
  const kept = (g[key] ??= new Map());
  return async (storeId: string): Promise<T> => {
    const hit = kept.get(storeId);
    // A store not kept yet: its slug (the tag's name) comes from a first read.
    const first = hit ? null : await load(storeId);
    const slug = hit ? slugOf(hit.value) : slugOf(first as T);
    const version = await storefrontVersion(slug);
    if (hit && version !== null && hit.version === version) return hit.value;
    if (version === null) {
      // Versions cannot be read: nothing is kept, every call reads the database once.
      kept.delete(storeId);
      return first ?? (await load(storeId));
    }
    const value = await load(storeId);
    if (slugOf(value) !== slug) kept.delete(storeId);
    else {
      if (kept.size >= MAX_STORES) kept.clear();
      kept.set(storeId, { value, version });
    }
    return value;
  };
}
