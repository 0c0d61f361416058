import { AppError } from "@/server/errors";
import { storeIdFromHeaders } from "@/server/tenancy";

/**
 * Storefront API responses are public and shared by every shopper of one host: a shared
 * cache may keep them for a second and serve a stale copy for one more while it refreshes,
 * which keeps a catalog change visible within 2 seconds. `Vary: Host` keeps one store's
 * response from ever being served on another store's host.
 */
export const API_CACHE_HEADERS = {
  "cache-control": "public, max-age=0, s-maxage=1, stale-while-revalidate=1",
  vary: "Host",
} as const;

/**
 * The store of a storefront API request, as the proxy resolved it from the Host header (it
 * strips any client-sent copy of the header). Not a store host: 404, naming nothing.
 */
export async function storeOfApiRequest(headers: Headers): Promise<{ storeId: string }> {
  const storeId = storeIdFromHeaders(headers);
  if (!storeId) throw new AppError("NOT_FOUND", "Not found");
  return { storeId };
}
