// @ts-check
/**
 * The Next.js cache handler (next.config.mjs `cacheHandler`) for rendered pages and
 * unstable_cache data: an in-memory LRU per server process whose entries are checked against
 * the store's cache tag on every hit.
 *
 * - Every storefront page lives under /s/{slug}/ (the proxy's rewrite), so its entry carries
 *   the tag `storefront:{slug}`; unstable_cache entries carry the tags they were given.
 * - A catalog or theme write bumps `storefront:{slug}` in the CacheTag table inside its own
 *   transaction (src/server/cache/storefront-tags.ts, called for the store's outbox events).
 * - An entry remembers the tag versions seen when its render began (the lookup that missed);
 *   a hit whose versions moved on is dropped and rendered again. Renders of one key can
 *   overlap (Next runs a router prefetch that misses as a render of its own rather than
 *   joining one in flight), and the handler cannot tell which `set` ends which lookup; so
 *   while several are outstanding, every one of them is stamped with the versions of the
 *   oldest: a render that began before a change and ends after a newer one can never be
 *   stamped as current. Versions are re-read at most
 *   every CACHE_TAG_POLL_MS (500 ms), so every instance stops serving a changed page within
 *   about half a second of the commit, with no message bus, and a render that raced a commit
 *   is thrown away at the next check instead of living on.
 * - The key includes the store slug: one store's entry can never answer another store's host.
 *
 * Plain JavaScript: Next loads this file from disk at run time (see tag-versions.mjs).
 */
import { processTagVersions } from "./tag-versions.mjs";

const STORE_PATH = /\$\/s\/([a-z0-9-]+)(?:\/|$)/;
const TAG_PREFIX = "storefront:";
const PENDING_TTL_MS = 60_000;

/**
 * The tags an entry depends on: the storefront tag of its path, plus given storefront tags.
 * @param {string} key
 * @param {string[] | undefined} given
 * @returns {string[]}
 */
export function entryTags(key, given) {
  const tags = new Set((given ?? []).filter((t) => t.startsWith(TAG_PREFIX)));
  const match = STORE_PATH.exec(key);
  if (match) tags.add(`${TAG_PREFIX}${match[1]}`);
  return [...tags].sort();
}

/**
 * Roughly how many bytes a cached value holds (strings count their length).
 * @param {any} value
 * @returns {number}
 */
export function approximateSize(value) {
  if (!value) return 64;
  let size = 256;
  if (typeof value.html === "string") size += value.html.length;
  if (value.rscData?.length) size += value.rscData.length;
  if (value.body?.length) size += value.body.length;
  if (value.segmentData instanceof Map) for (const part of value.segmentData.values()) size += part?.length ?? 0;
  if (value.kind === "FETCH") size += JSON.stringify(value.data ?? null).length;
  return size;
}

/** @typedef {{ value: any, lastModified: number, tags: string[], versions: bigint[], size: number }} TEntry */
/** @typedef {{ versions(tags: string[]): Promise<bigint[]> }} TVersionSource */

export class PageCache {
  /**
   * @param {{ versions: TVersionSource | null, maxBytes: number, now?: () => number }} options
   */
  constructor(options) {
    this.source = options.versions;
    this.maxBytes = options.maxBytes;
    this.now = options.now ?? (() => Date.now());
    /** @type {Map<string, TEntry>} insertion order = least recently used first */
    this.entries = new Map();
    /**
     * Lookups that missed and whose renders are outstanding, per key: the versions the oldest of
     * them saw, and how many there are (a lookup whose render never comes back expires after
     * PENDING_TTL_MS).
     * @type {Map<string, { tags: string[], versions: bigint[], at: number, outstanding: number }>}
     */
    this.pending = new Map();
    this.bytes = 0;
  }

  /**
   * @param {string[]} tags
   * @returns {Promise<bigint[] | null>} null when versions cannot be read
   */
  async #versions(tags) {
    if (!tags.length) return [];
    if (!this.source) return null;
    try {
      return await this.source.versions(tags);
    } catch {
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {{ tags?: string[] } | undefined} ctx
   */
  async get(key, ctx) {
    const entry = this.entries.get(key);
    const tags = entry ? entry.tags : entryTags(key, ctx?.tags);
    const versions = await this.#versions(tags);
    if (entry && versions && versions.every((v, i) => v === entry.versions[i])) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      return { lastModified: entry.lastModified, value: entry.value };
    }
    if (entry) this.#drop(key);
    if (versions) this.#remember(key, tags, versions);
    return null;
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ tags?: string[] } | undefined} ctx
   */
  async set(key, value, ctx) {
    const tags = entryTags(key, ctx?.tags);
    const seen = this.#outstanding(key);
    if (seen && --seen.outstanding <= 0) this.pending.delete(key);
    // The versions seen before the oldest outstanding render of this key began; without them (a
    // render this process did not look up first), the current ones.
    const versions = seen && seen.tags.join() === tags.join() ? seen.versions : await this.#versions(tags);
    this.#drop(key);
    if (!versions || value == null) return;
    const size = approximateSize(value);
    if (size > this.maxBytes / 4) return;
    this.entries.set(key, { value, lastModified: this.now(), tags, versions, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }

  /**
   * Drops this process's entries carrying any of the tags (revalidateTag / revalidatePath).
   * Other processes learn of a change through the CacheTag table, not through this call.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const list = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of this.entries) if (entry.tags.some((t) => list.has(t))) this.#drop(key);
  }

  resetRequestCache() {}

  /** @param {string} key */
  #drop(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }

  /**
   * The key's outstanding lookups, unless they expired.
   * @param {string} key
   */
  #outstanding(key) {
    const p = this.pending.get(key);
    if (p && this.now() - p.at <= PENDING_TTL_MS) return p;
    if (p) this.pending.delete(key);
    return undefined;
  }

  /**
   * Records a lookup that missed: a render of the key follows. While earlier ones are still
   * outstanding, their (older) versions stay the ones their renders are stamped with.
   * @param {string} key
   * @param {string[]} tags
   * @param {bigint[]} versions
   */
  #remember(key, tags, versions) {
    const at = this.now();
    const earlier = this.#outstanding(key);
    if (earlier && earlier.tags.join() === tags.join()) {
      earlier.outstanding += 1;
      return;
    }
    if (this.pending.size > 10_000) {
      for (const [k, p] of this.pending) if (at - p.at > PENDING_TTL_MS) this.pending.delete(k);
      if (this.pending.size > 10_000) this.pending.clear();
    }
    this.pending.set(key, { tags, versions, at, outstanding: 1 });
  }
}

const GLOBAL = Symbol.for("ecom.cache.pageCache");

function processPageCache() {
  const g = /** @type {Record<symbol, PageCache | undefined>} */ (/** @type {unknown} */ (globalThis));
  const existing = g[GLOBAL];
  if (existing) return existing;
  const mb = Number(process.env.PAGE_CACHE_MAX_MB ?? "256");
  const created = new PageCache({ versions: processTagVersions(), maxBytes: (Number.isFinite(mb) && mb > 0 ? mb : 256) * 1024 * 1024 });
  g[GLOBAL] = created;
  return created;
}

/** The class Next instantiates (possibly more than once): every instance shares the process's cache. */
export default class CacheHandler {
  constructor() {
    this.cache = processPageCache();
  }
  /** @param {string} key @param {any} ctx */
  get(key, ctx) {
    return this.cache.get(key, ctx);
  }
  /** @param {string} key @param {any} value @param {any} ctx */
  set(key, value, ctx) {
    return this.cache.set(key, value, ctx);
  }
  /** @param {string | string[]} tags */
  revalidateTag(tags) {
    return this.cache.revalidateTag(tags);
  }
  resetRequestCache() {}
}
