import { describe, expect, it } from "vitest";
import { classifySwRequest, isCacheableResponse, isCatalogPagePath, isPrivatePath, type TSwRequestFacts } from "./sw-policy";

const facts = (path: string, over: Partial<TSwRequestFacts> = {}): TSwRequestFacts => ({
  url: new URL(path, "http://demo.localhost:3000"),
  sameOrigin: true,
  method: "GET",
  navigation: true,
  rsc: false,
  ...over,
});

describe("classifySwRequest", () => {
  it("sends account, cart, checkout, orders and API requests to the network only", () => {
    for (const path of ["/account", "/account/login", "/Account/Addresses/1", "/cart", "/cart/lines", "/checkout", "/checkout/pay?x=1", "/orders/1001", "/api/v1/storefront/products", "/api/auth/session"]) {
      expect(classifySwRequest(facts(path))).toBe("private");
      expect(classifySwRequest(facts(path, { navigation: false }))).toBe("private");
      expect(classifySwRequest(facts(path, { navigation: false, rsc: true }))).toBe("private");
    }
  });

  it("does not mistake look-alike paths for private ones or catalog pages", () => {
    expect(classifySwRequest(facts("/accounting-books"))).toBe("navigation");
    expect(classifySwRequest(facts("/products/accounting-books"))).toBe("page");
    expect(classifySwRequest(facts("/products"))).toBe("navigation");
    expect(classifySwRequest(facts("/products/a/b"))).toBe("navigation");
  });

  it("keeps catalog pages, navigations or cache requests alike, but never their RSC payloads", () => {
    for (const path of ["/", "/products/tea", "/products/tea?variant=abc", "/categories/jewellery?page=2"]) {
      expect(classifySwRequest(facts(path))).toBe("page");
      expect(classifySwRequest(facts(path, { navigation: false }))).toBe("page");
      expect(classifySwRequest(facts(path, { navigation: false, rsc: true }))).toBe("ignore");
    }
  });

  it("caches image renditions and build assets", () => {
    expect(classifySwRequest(facts("/media/cm123/640", { navigation: false }))).toBe("image");
    expect(classifySwRequest(facts("/_next/static/chunks/app.js", { navigation: false }))).toBe("static");
    expect(classifySwRequest(facts("/media/cm123", { navigation: false }))).toBe("ignore");
  });

  it("leaves other origins, other methods and other sub-resources alone", () => {
    expect(classifySwRequest(facts("/products/tea", { sameOrigin: false }))).toBe("ignore");
    expect(classifySwRequest(facts("/products/tea", { method: "POST" }))).toBe("ignore");
    expect(classifySwRequest(facts("/manifest.webmanifest", { navigation: false }))).toBe("ignore");
    expect(classifySwRequest(facts("/search?q=tea"))).toBe("navigation");
  });
});

describe("path helpers", () => {
  it("recognises private paths and catalog pages", () => {
    expect(isPrivatePath("/account")).toBe(true);
    expect(isPrivatePath("/accounts")).toBe(false);
    expect(isCatalogPagePath("/")).toBe(true);
    expect(isCatalogPagePath("/products/x/")).toBe(true);
    expect(isCatalogPagePath("/search")).toBe(false);
  });
});

describe("isCacheableResponse", () => {
  const res = (cacheControl: string | null, over: Partial<{ status: number; type: string; redirected: boolean; vary: string }> = {}) => ({
    status: over.status ?? 200,
    type: over.type ?? "basic",
    redirected: over.redirected ?? false,
    headers: new Headers({ ...(cacheControl === null ? {} : { "cache-control": cacheControl }), ...(over.vary ? { vary: over.vary } : {}) }),
  });

  it("stores plain 200s that allow it", () => {
    expect(isCacheableResponse(res(null))).toBe(true);
    expect(isCacheableResponse(res("no-cache"))).toBe(true);
    expect(isCacheableResponse(res("public, max-age=0, must-revalidate"))).toBe(true);
    expect(isCacheableResponse(res("s-maxage=2, stale-while-revalidate=31535998"))).toBe(true);
    expect(isCacheableResponse(res("public, max-age=31536000, immutable", { vary: "Accept-Encoding" }))).toBe(true);
  });

  it("refuses no-store and private, in any spelling", () => {
    expect(isCacheableResponse(res("private, no-cache, no-store, max-age=0, must-revalidate"))).toBe(false);
    expect(isCacheableResponse(res("no-store"))).toBe(false);
    expect(isCacheableResponse(res("NO-STORE"))).toBe(false);
    expect(isCacheableResponse(res("private"))).toBe(false);
    expect(isCacheableResponse(res('private="set-cookie", max-age=60'))).toBe(false);
    expect(isCacheableResponse(res("max-age=60,private"))).toBe(false);
  });

  it("refuses errors, redirects, opaque responses and Vary: *", () => {
    expect(isCacheableResponse(res(null, { status: 404 }))).toBe(false);
    expect(isCacheableResponse(res(null, { status: 206 }))).toBe(false);
    expect(isCacheableResponse(res(null, { redirected: true }))).toBe(false);
    expect(isCacheableResponse(res(null, { type: "opaque" }))).toBe(false);
    expect(isCacheableResponse(res(null, { vary: "Cookie, *" }))).toBe(false);
  });
});
