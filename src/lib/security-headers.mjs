/**
 * Security headers of every response. next.config.mjs sends them (with the page CSP) through
 * its `headers()` rules; the cart and checkout API, which those rules leave out (Next compiles
 * every matching rule's values per request, about 0.2 ms of CPU), gets them from route() in
 * src/server/http, with API_CSP. One list, so the two never drift apart.
 */

/** The headers besides the Content-Security-Policy. */
export const SECURITY_HEADERS = Object.freeze({
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
});

/** The CSP of a JSON API response: it renders nothing and may be framed by nobody. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The `headers()` source of the catch-all rule: every path but the cart and checkout API
 * (PROXYLESS_API_PREFIX in src/server/tenancy/headers.ts), whose route() sets the same headers.
 */
export const SECURITY_HEADERS_SOURCE = "/((?!api/v1/storefront/carts(?:/|$)).*)";
