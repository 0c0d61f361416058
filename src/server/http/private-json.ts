import { toJson } from "./json";

/** Responses that belong to one shopper or one store's staff: never kept by a browser or a shared cache. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/**
 * A JSON response (bigints as strings) with `Cache-Control: private, no-store`, for carts,
 * orders, sessions and other per-visitor or per-store answers. `headers` may add more, e.g.
 * a Set-Cookie.
 */
export function privateJson(value: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json");
  headers.set("cache-control", PRIVATE_CACHE_CONTROL);
  return new Response(toJson(value), { status: init.status ?? 200, headers });
}
