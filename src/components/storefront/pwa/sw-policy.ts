/**
 * What the storefront's service worker may cache, as plain functions shared by the worker
 * (src/app/sw.ts) and the page that registers it. Every store host is its own origin, so each
 * store gets its own worker instance and its own caches: nothing is ever shared across stores.
 *
 * The rules, in order:
 * - private paths (/api, /cart, /checkout, /account, /orders and everything below) go to the
 *   network only, never into a cache;
 * - image renditions (/media/<id>/<width>, immutable under their URL) are cache-first;
 * - hashed build assets (/_next/static/...) are cache-first, in production builds only;
 * - catalog pages (/, /products/<handle>, /categories/<handle>) are network-first, falling back
 *   to the cached copy and then to the precached offline page;
 * - every other navigation goes to the network and falls back to the offline page;
 * - anything else (other origins, non-GET, RSC payloads) is not touched.
 * Whatever the rule, a response is only stored when isCacheableResponse() allows it.
 */

/** Where the worker script is served (src/app/serwist/[path]/route.ts). */
export const SW_URL = "/serwist/sw.js";
/** The offline page, precached at install (src/app/s/[store]/offline/page.tsx). */
export const OFFLINE_PATH = "/offline";
export const SW_CACHE_NAMES = { pages: "store-pages", images: "store-images", static: "next-static" } as const;

const PRIVATE_PREFIXES = ["/api", "/cart", "/checkout", "/account", "/orders"];
const CATALOG_PAGE = /^\/(?:(?:products|categories)\/[^/]+\/?)?$/;
const MEDIA_RENDITION = /^\/media\/[^/]+\/[^/]+$/;

export type TSwRequestKind = "private" | "image" | "static" | "page" | "navigation" | "ignore";

export type TSwRequestFacts = {
  url: URL;
  sameOrigin: boolean;
  method: string;
  /** request.mode === "navigate" */
  navigation: boolean;
  /** An App Router flight request (header RSC: 1): never cached, it varies by router state. */
  rsc: boolean;
};

/** True for /api, /cart, /checkout, /account, /orders and any path below them. */
export function isPrivatePath(pathname: string): boolean {
  const lower = pathname.toLowerCase();
  return PRIVATE_PREFIXES.some((p) => lower === p || lower.startsWith(`${p}/`));
}

/** The store home, a product page or a category page: the pages kept for offline reading. */
export function isCatalogPagePath(pathname: string): boolean {
  return CATALOG_PAGE.test(pathname);
}

/** Which rule of the worker handles a request (see the module comment). */
export function classifySwRequest(req: TSwRequestFacts): TSwRequestKind {
  if (!req.sameOrigin || req.method !== "GET") return "ignore";
  const path = req.url.pathname;
  if (isPrivatePath(path)) return "private";
  if (MEDIA_RENDITION.test(path)) return "image";
  if (path.startsWith("/_next/static/")) return "static";
  if (req.rsc) return "ignore";
  if (isCatalogPagePath(path)) return "page";
  if (req.navigation) return "navigation";
  return "ignore";
}

/** What isCacheableResponse needs of a Response. */
export type TResponseFacts = { status: number; type: string; redirected: boolean; headers: { get(name: string): string | null } };

/**
 * Whether a response may be stored: a plain same-origin 200 (not opaque, not the end of a
 * redirect, which a navigation cannot be answered with), whose Cache-Control has neither
 * `no-store` nor `private` (the server's word that it holds data for this visitor only or must
 * not be kept), and without `Vary: *`.
 */
export function isCacheableResponse(response: TResponseFacts): boolean {
  if (response.status !== 200 || response.redirected) return false;
  if (response.type !== "basic" && response.type !== "default") return false;
  const directives = (response.headers.get("cache-control") ?? "")
    .toLowerCase()
    .split(",")
    .map((d) => d.split("=")[0]!.trim());
  if (directives.includes("no-store") || directives.includes("private")) return false;
  const vary = response.headers.get("vary");
  if (vary && vary.split(",").some((v) => v.trim() === "*")) return false;
  return true;
}
