/** Request headers set by src/proxy.ts. Clients' own copies are stripped before routing. */
export const STORE_HEADER = "x-ecom-store-id";
export const REQUEST_ID_HEADER = "x-request-id";
export const INTERNAL_HEADERS = [STORE_HEADER, "x-ecom-store-slug", "x-ecom-area"] as const;
