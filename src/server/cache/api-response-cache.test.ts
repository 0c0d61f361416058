import { describe, expect, it } from "vitest";
import { apiCacheKey, cachedApiResponse, isCachedStorefrontApi, NOT_FOUND_BODY, rememberApiResponse } from "./api-response-cache";

describe("api response cache", () => {
  it("keys by store, path and the sorted query", () => {
    const a = apiCacheKey("store1", new URL("http://x/api/v1/storefront/products?page=2&q=tea"));
    expect(a).toBe(apiCacheKey("store1", new URL("http://y/api/v1/storefront/products?q=tea&page=2")));
    expect(a).not.toBe(apiCacheKey("store2", new URL("http://x/api/v1/storefront/products?page=2&q=tea")));
    expect(a).not.toBe(apiCacheKey("store1", new URL("http://x/api/v1/storefront/products?page=3&q=tea")));
  });

  it("serves a body only while the store's version is the one it was read at", () => {
    const key = apiCacheKey(`s-${Math.random()}`, new URL("http://x/api/v1/storefront/categories"));
    expect(cachedApiResponse(key, 3n)).toBeNull();
    rememberApiResponse(key, 3n, '{"categories":[]}');
    expect(cachedApiResponse(key, 3n)).toBe('{"categories":[]}');
    expect(cachedApiResponse(key, 4n)).toBeNull();
    // The stale entry is gone, even for the old version.
    expect(cachedApiResponse(key, 3n)).toBeNull();
  });

  it("keeps nothing and serves nothing when the version cannot be read", () => {
    const key = apiCacheKey(`s-${Math.random()}`, new URL("http://x/api/v1/storefront/products"));
    rememberApiResponse(key, null, "{}");
    expect(cachedApiResponse(key, 1n)).toBeNull();
    rememberApiResponse(key, 1n, "{}");
    expect(cachedApiResponse(key, null)).toBeNull();
  });

  it("remembers a not-found as an empty body", () => {
    const key = apiCacheKey(`s-${Math.random()}`, new URL("http://x/api/v1/storefront/products/nope"));
    rememberApiResponse(key, 1n, NOT_FOUND_BODY);
    expect(cachedApiResponse(key, 1n)).toBe(NOT_FOUND_BODY);
  });

  it("covers the catalog reads only", () => {
    expect(isCachedStorefrontApi("/api/v1/storefront/products")).toBe(true);
    expect(isCachedStorefrontApi("/api/v1/storefront/products/tea")).toBe(true);
    expect(isCachedStorefrontApi("/api/v1/storefront/categories")).toBe(true);
    expect(isCachedStorefrontApi("/api/v1/storefront/carts")).toBe(false);
    expect(isCachedStorefrontApi("/api/v1/storefront/session")).toBe(false);
    expect(isCachedStorefrontApi("/api/v1/storefront/products/tea/reviews")).toBe(false);
  });
});
