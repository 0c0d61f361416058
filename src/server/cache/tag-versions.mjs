// @ts-check
/**
 * Versions of cache tags, read from the CacheTag table and remembered per process for at most
 * `pollMs` (CACHE_TAG_POLL_MS, default 500 ms). Plain JavaScript because Next.js loads the page
 * cache handler (page-cache-handler.mjs) straight from disk, outside the TypeScript bundle; so it
 * reads DATABASE_URL itself (the one exception to src/env.ts being the only reader).
 *
 * Lookups arriving in the same tick are batched into one `SELECT ... WHERE tag IN (...)`. A tag
 * with no row has version 0. When the database cannot be read, lookups reject: the handler then
 * treats the entry as missing rather than risk serving stale content.
 */
import mariadb from "mariadb";

/** @typedef {{ version: bigint, checkedAt: number }} TKnown */

export class TagVersions {
  /**
   * @param {{ query: (tags: string[]) => Promise<Array<{ tag: string, version: bigint | number | string }>>, pollMs?: number, now?: () => number }} options
   */
  constructor(options) {
    this.query = options.query;
    this.pollMs = options.pollMs ?? 500;
    this.now = options.now ?? (() => Date.now());
    /** @type {Map<string, TKnown>} */
    this.known = new Map();
    /** @type {Map<string, Array<{ resolve: (v: bigint) => void, reject: (e: unknown) => void }>>} */
    this.waiting = new Map();
    this.scheduled = false;
    /** Bumped by forgetAll: a read that began before it must not be remembered after it. */
    this.generation = 0;
  }

  /**
   * The current version of each tag (at most pollMs old).
   * @param {string[]} tags
   * @returns {Promise<bigint[]>}
   */
  async versions(tags) {
    const now = this.now();
    return Promise.all(
      tags.map((tag) => {
        const hit = this.known.get(tag);
        if (hit && now - hit.checkedAt < this.pollMs) return hit.version;
        return this.#lookup(tag);
      }),
    );
  }

  /**
   * Forgets every remembered version, so the next lookup of each tag reads the table. A write
   * in this process calls it (bumpStorefrontTag): what this process changed is then seen by its
   * own next request at once, not up to pollMs later.
   */
  forgetAll() {
    this.known.clear();
    this.generation += 1;
  }

  /**
   * @param {string} tag
   * @returns {Promise<bigint>}
   */
  #lookup(tag) {
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(tag);
      if (list) list.push({ resolve, reject });
      else this.waiting.set(tag, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => void this.#flush());
      }
    });
  }

  async #flush() {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = new Map();
    const tags = [...batch.keys()];
    try {
      const checkedAt = this.now();
      const generation = this.generation;
      const rows = await this.query(tags);
      const found = new Map(rows.map((r) => [r.tag, BigInt(r.version)]));
      if (this.known.size > 100_000) this.known.clear();
      // A forgetAll while the query ran (this process just wrote a change) makes the result
      // possibly older than that change: it still answers the lookups made before, but is not
      // remembered for the lookups after.
      const remember = generation === this.generation;
      for (const tag of tags) {
        const version = found.get(tag) ?? 0n;
        if (remember) this.known.set(tag, { version, checkedAt });
        for (const w of batch.get(tag) ?? []) w.resolve(version);
      }
    } catch (error) {
      for (const list of batch.values()) for (const w of list) w.reject(error);
    }
  }
}

/**
 * A query function over a small mariadb pool of its own for `databaseUrl`.
 * @param {string} databaseUrl
 */
export function databaseTagQuery(databaseUrl) {
  const u = new URL(databaseUrl.replace(/^mysql:/, "mariadb:"));
  const pool = mariadb.createPool({
    host: u.hostname || "127.0.0.1",
    port: u.port ? Number(u.port) : 3306,
    user: decodeURIComponent(u.username || "root"),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
    socketPath: u.searchParams.get("socket") ?? undefined,
    connectionLimit: 2,
    connectTimeout: 5000,
    // The pool's, not the query's: options given with a query are merged into a copy of all
    // the connection's options for each query.
    supportBigNumbers: true,
  });
  /** @param {string[]} tags */
  return async (tags) => pool.query("SELECT tag, version FROM CacheTag WHERE tag IN (?)", [tags]);
}

const GLOBAL = Symbol.for("ecom.cache.tagVersions");

/**
 * The process's TagVersions over DATABASE_URL (one per process, however many copies of this
 * module the server loads).
 * @returns {TagVersions | null} null when DATABASE_URL is not set (build without a database)
 */
export function processTagVersions() {
  const g = /** @type {Record<symbol, TagVersions | undefined>} */ (/** @type {unknown} */ (globalThis));
  const existing = g[GLOBAL];
  if (existing) return existing;
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  const pollMs = Number(process.env.CACHE_TAG_POLL_MS ?? "500");
  const created = new TagVersions({ query: databaseTagQuery(url), pollMs: Number.isFinite(pollMs) && pollMs >= 0 ? pollMs : 500 });
  g[GLOBAL] = created;
  return created;
}

/**
 * Forgets the versions this process knows (TagVersions.forgetAll), if it has read any. Never
 * creates the reader: a script that only writes keeps no pool open.
 */
export function forgetKnownTagVersions() {
  const g = /** @type {Record<symbol, TagVersions | undefined>} */ (/** @type {unknown} */ (globalThis));
  g[GLOBAL]?.forgetAll();
}
