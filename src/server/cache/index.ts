/**
 * Storefront caching: pages and storefront API responses are kept per server process by
 * page-cache-handler.mjs (Next's cacheHandler) and dropped when the store's cache tag moves
 * (bumped by bumpStorefrontTag in the transaction of every storefront-visible change).
 */
import "server-only";

export { bumpStorefrontTag, changesStorefront, storefrontTag, type TTagWriter } from "./storefront-tags";
export { API_CACHE_HEADERS, STOREFRONT_CACHE_CONTROL, apiCacheKey, cachedApiResponse, isCachedStorefrontApi, NOT_FOUND_BODY, rememberApiResponse, storefrontVersion } from "./api-response-cache";
export { tagScopedCache } from "./tag-scoped-cache";
