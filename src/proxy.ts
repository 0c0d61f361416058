import { NextResponse, type NextRequest } from "next/server";
import { cacheablePagePath } from "@/lib/storefront-query";
import { API_CACHE_HEADERS, apiCacheKey, cachedApiResponse, isCachedStorefrontApi, STOREFRONT_CACHE_CONTROL, storefrontVersion } from "@/server/cache/api-response-cache";
import { acceptedRequestId, AREA_HEADER, HSTS, INTERNAL_HEADERS, isHttpsRequest, REQUEST_ID_HEADER, STORE_HEADER, STORE_SLUG_HEADER, resolveHost } from "@/server/tenancy";

/**
 * Host -> area. Runs before every route (Node runtime):
 * - the platform host (ROOT_DOMAIN) serves /, /login, /dashboard, /admin, /dev/mailbox and
 *   platform APIs; the internal /s/... tree is not reachable from it;
 * - a store host ({slug}.ROOT_DOMAIN or a verified custom domain) has every page rewritten
 *   to /s/{slug}/..., so a store host can only ever render its own store; only store APIs
 *   and health checks answer there;
 * - an unknown host gets a 404 that names nothing; a suspended store a 503.
 * It also assigns the request id and strips client-sent internal headers.
 *
 * It does not run for the cart and checkout API (PROXYLESS_API_PREFIX, left out by the matcher
 * below): those routes resolve their store from the Host header with the same rules
 * (storeOfHostRequest), and route() assigns the request id and HSTS there. The proxy costs
 * about 0.7 ms of CPU per request, a sixth of what a checkout round costs the server.
 */
const STORE_HOST_APIS = ["/api/v1/storefront", "/api/auth", "/api/health", "/api/ready", "/api/v1/openapi.json"];
const ANY_HOST_APIS = ["/api/health", "/api/ready"];
const NOT_FOUND_PATH = "/__ecom/not-found";


function startsWithAny(path: string, prefixes: string[]) {
  return prefixes.some((p) => path === p || path.startsWith(`${p}/`));
}

function jsonError(status: number, code: string, message: string, requestId: string) {
  return NextResponse.json(
    { error: { code, message, requestId } },
    { status, headers: { [REQUEST_ID_HEADER]: requestId, "cache-control": "no-store" } },
  );
}

function storeUnavailable(requestId: string) {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Store unavailable</title></head>' +
    '<body style="font-family:system-ui,sans-serif;display:grid;place-items:center;min-height:100vh;margin:0;color:#111827">' +
    "<main><h1>Store unavailable</h1><p>This store is not available right now. Please try again later.</p></main></body></html>";
  return new NextResponse(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": "3600", "cache-control": "no-store", [REQUEST_ID_HEADER]: requestId },
  });
}

export async function proxy(req: NextRequest) {
  const requestId = acceptedRequestId(req.headers.get(REQUEST_ID_HEADER));
  const headers = new Headers(req.headers);
  for (const h of INTERNAL_HEADERS) headers.delete(h);
  headers.set(REQUEST_ID_HEADER, requestId);

  const path = req.nextUrl.pathname;
  const isApi = path === "/api" || path.startsWith("/api/");
  const https = isHttpsRequest(req);

  const finish = (res: NextResponse) => {
    res.headers.set(REQUEST_ID_HEADER, requestId);
    if (https) res.headers.set("strict-transport-security", HSTS);
    return res;
  };

  if (isApi && startsWithAny(path, ANY_HOST_APIS)) return finish(NextResponse.next({ request: { headers } }));

  const resolved = await resolveHost(req.headers.get("host"));

  if (resolved.area === "platform") {
    if (path === "/s" || path.startsWith("/s/") || path.startsWith("/__ecom/") || startsWithAny(path, ["/api/v1/storefront"])) {
      return finish(isApi ? jsonError(404, "NOT_FOUND", "Not found", requestId) : NextResponse.rewrite(new URL(NOT_FOUND_PATH, req.url), { request: { headers } }));
    }
    headers.set(AREA_HEADER, "platform");
    return finish(NextResponse.next({ request: { headers } }));
  }

  if (resolved.area === "unknown") {
    return finish(
      isApi
        ? jsonError(404, "NOT_FOUND", "Not found", requestId)
        : NextResponse.rewrite(new URL(NOT_FOUND_PATH, req.url), { request: { headers } }),
    );
  }

  const { store } = resolved;
  if (store.status === "SUSPENDED") {
    return finish(isApi ? jsonError(503, "STORE_UNAVAILABLE", "This store is unavailable", requestId) : storeUnavailable(requestId));
  }
  headers.set(STORE_HEADER, store.id);
  headers.set(STORE_SLUG_HEADER, store.slug);
  headers.set(AREA_HEADER, "store");
  if (isApi) {
    if (!startsWithAny(path, STORE_HOST_APIS)) return finish(jsonError(404, "NOT_FOUND", "Not found", requestId));
    // A repeat of a catalog read the route already answered: served from the process's cache.
    if (req.method === "GET" && isCachedStorefrontApi(path)) {
      const body = cachedApiResponse(apiCacheKey(store.id, req.nextUrl), await storefrontVersion(store.slug));
      if (body) return finish(new NextResponse(body, { headers: { "content-type": "application/json", ...API_CACHE_HEADERS } }));
    }
    return finish(NextResponse.next({ request: { headers } }));
  }
  // Catalog pages are served from the page cache, which keys by path: their query moves into
  // the path (src/lib/storefront-query.ts). Other pages keep their query string.
  const cacheable = req.method === "GET" || req.method === "HEAD" ? cacheablePagePath(path, req.nextUrl.searchParams) : null;
  const rewritten = cacheable !== null ? cacheable : `${path === "/" ? "" : path}${req.nextUrl.search}`;
  const target = new URL(`/s/${store.slug}${rewritten}`, req.url);
  const res = NextResponse.rewrite(target, { request: { headers } });
  // Next marks cached pages "s-maxage=31536000" (they are static to it); a shared cache in front
  // may keep them only for a second, like storefront API responses, so a change shows within 2 s.
  if (cacheable !== null) res.headers.set("cache-control", STOREFRONT_CACHE_CONTROL);
  return finish(res);
}

export const config = {
  matcher: [
    // Static files (and the service worker at /serwist/sw.js) skip the proxy; /manifest.webmanifest
    // and /app-icon/<size> are per-store and go through it like any store page. So does the cart
    // and checkout API (PROXYLESS_API_PREFIX; the matcher must be a literal).
    "/((?!api/v1/storefront/carts|_next/static|_next/image|favicon\\.ico|.*\\.(?:png|jpg|jpeg|gif|webp|avif|svg|ico|css|js|map|woff2?)$).*)",
  ],
};
