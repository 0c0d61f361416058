/** Request headers set by src/proxy.ts. Clients' own copies are stripped before routing. */
export const STORE_HEADER = "x-ecom-store-id";
export const AREA_HEADER = "x-ecom-area";
export const REQUEST_ID_HEADER = "x-request-id";
export const STORE_SLUG_HEADER = "x-ecom-store-slug";
export const INTERNAL_HEADERS = [STORE_HEADER, STORE_SLUG_HEADER, AREA_HEADER] as const;

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
