/** Request headers set by src/proxy.ts. Clients' own copies are stripped before routing. */
export const STORE_HEADER = "x-ecom-store-id";
export const AREA_HEADER = "x-ecom-area";
export const REQUEST_ID_HEADER = "x-request-id";
export const STORE_SLUG_HEADER = "x-ecom-store-slug";
export const INTERNAL_HEADERS = [STORE_HEADER, STORE_SLUG_HEADER, AREA_HEADER] as const;

/**
 * API paths the proxy does not run for (its matcher in src/proxy.ts leaves them out): the cart
 * and checkout API, the hottest requests of a store, which resolve their store from the Host
 * header themselves (storeOfHostRequest) and never read the internal headers above, which no
 * proxy has stripped there.
 */
export const PROXYLESS_API_PREFIX = "/api/v1/storefront/carts";

/** A client's request id when it is a plausible one (8-64 word characters or dashes), else a new one. */
export function acceptedRequestId(incoming: string | null): string {
  return incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
}

/** Whether the client reached us over https (directly or through a proxy that says so). */
export function isHttpsRequest(req: Request): boolean {
  return req.url.startsWith("https:") || req.headers.get("x-forwarded-proto") === "https";
}

/** The Strict-Transport-Security value sent on every https response. */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * The store the proxy resolved from the Host header, or null when the request is not on a
 * store host. The only reader of the proxy's headers: clients cannot forge them.
 */
export function storeIdFromHeaders(headers: Headers): string | null {
  return headers.get(AREA_HEADER) === "store" ? headers.get(STORE_HEADER) : null;
}

/** The store id (and slug, which the proxy also sends) resolved from the Host header, or null off store hosts. */
export function storeFromHeaders(headers: Headers): { storeId: string; slug: string | null } | null {
  const storeId = storeIdFromHeaders(headers);
  return storeId ? { storeId, slug: headers.get(STORE_SLUG_HEADER) } : null;
}
