/**
 * Cacheable storefront pages and their query strings.
 *
 * Storefront catalog pages are rendered once and kept in the page cache (see
 * src/server/cache/page-cache-handler.mjs). A page cache keys pages by path only, so the proxy
 * moves the query parameters a page understands into the path: `/categories/tea?sort=price-asc`
 * is rendered as `/s/{slug}/categories/tea/q/sort%3Dprice-asc`. Parameters a page does not use
 * (utm_source, fbclid...) are dropped, and the rest are sorted, so every spelling of the same
 * view shares one cache entry. The `q/[query]` routes turn the segment back into search params.
 */

/** The path segment that introduces the encoded query. */
export const QUERY_SEGMENT = "q";
/** Longer canonical queries are not worth a cache entry of their own: they fall back to the plain page. */
export const MAX_QUERY_CHARS = 512;

type TCacheablePage = { pattern: RegExp; keys: readonly string[] };

const CACHEABLE_PAGES: readonly TCacheablePage[] = [
  { pattern: /^\/$/, keys: [] },
  { pattern: /^\/products\/[^/]+$/, keys: ["variant"] },
  { pattern: /^\/categories\/[^/]+$/, keys: ["page", "sort", "minPrice", "maxPrice", "o", "inStock"] },
  { pattern: /^\/search$/, keys: ["q", "page"] },
];

/** The query a cacheable page understands, canonical (known keys only, sorted, no empty values). */
export function canonicalQuery(keys: readonly string[], search: URLSearchParams): string {
  const pairs: [string, string][] = [];
  for (const [key, value] of search) if (keys.includes(key) && value !== "") pairs.push([key, value]);
  pairs.sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : av > bv ? 1 : 0) : ak < bk ? -1 : 1));
  return new URLSearchParams(pairs).toString();
}

/**
 * The store-relative path a storefront page request renders as, or null when the path is not a
 * cacheable catalog page (it is then rewritten with its query string as it came).
 */
export function cacheablePagePath(path: string, search: URLSearchParams): string | null {
  const page = CACHEABLE_PAGES.find((p) => p.pattern.test(path));
  if (!page) return null;
  const query = canonicalQuery(page.keys, search);
  const base = path === "/" ? "" : path;
  if (!query || query.length > MAX_QUERY_CHARS) return base;
  return `${base}/${QUERY_SEGMENT}/${encodeURIComponent(query)}`;
}

/** The search params of a `q/[query]` route segment (Next may hand it over encoded or decoded). */
export function searchParamsFromSegment(segment: string): Record<string, string | string[]> {
  let text = segment;
  if (!text.includes("=") && text.includes("%")) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return {};
    }
  }
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const prior = out[key];
    out[key] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  return out;
}
