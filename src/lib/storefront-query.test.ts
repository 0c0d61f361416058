import { describe, expect, it } from "vitest";
import { cacheablePagePath, canonicalQuery, MAX_QUERY_CHARS, searchParamsFromSegment } from "./storefront-query";

const qs = (s: string) => new URLSearchParams(s);

describe("cacheablePagePath", () => {
  it("keeps plain catalog pages as they are and drops the home page's query", () => {
    expect(cacheablePagePath("/", qs(""))).toBe("");
    expect(cacheablePagePath("/", qs("utm_source=mail"))).toBe("");
    expect(cacheablePagePath("/products/blue-tea", qs(""))).toBe("/products/blue-tea");
    expect(cacheablePagePath("/categories/tea", qs("fbclid=x"))).toBe("/categories/tea");
  });

  it("moves the understood parameters into one sorted, encoded segment", () => {
    const a = cacheablePagePath("/categories/tea", qs("sort=price-asc&page=2&utm_source=x"));
    const b = cacheablePagePath("/categories/tea", qs("page=2&sort=price-asc"));
    expect(a).toBe("/categories/tea/q/page%3D2%26sort%3Dprice-asc");
    expect(b).toBe(a);
    expect(cacheablePagePath("/products/blue-tea", qs("variant=abc"))).toBe("/products/blue-tea/q/variant%3Dabc");
    expect(cacheablePagePath("/search", qs("q=green tea"))).toBe(`/search/q/${encodeURIComponent("q=green+tea")}`);
  });

  it("sorts repeated values so option filters in any order share an entry", () => {
    expect(cacheablePagePath("/categories/tea", qs("o=Size:L&o=Colour:Red"))).toBe(cacheablePagePath("/categories/tea", qs("o=Colour:Red&o=Size:L")));
  });

  it("answers null for pages that are not cached and falls back to the plain page for huge queries", () => {
    expect(cacheablePagePath("/account", qs(""))).toBeNull();
    expect(cacheablePagePath("/products/a/b", qs(""))).toBeNull();
    expect(cacheablePagePath("/search", qs(`q=${"x".repeat(MAX_QUERY_CHARS + 1)}`))).toBe("/search");
  });
});

describe("canonicalQuery and searchParamsFromSegment", () => {
  it("round-trip a listing query, encoded or decoded", () => {
    const query = canonicalQuery(["page", "o"], qs("o=b&page=3&o=a&x=1"));
    expect(query).toBe("o=a&o=b&page=3");
    expect(searchParamsFromSegment(query)).toEqual({ o: ["a", "b"], page: "3" });
    expect(searchParamsFromSegment(encodeURIComponent(query))).toEqual({ o: ["a", "b"], page: "3" });
  });

  it("yields nothing for a malformed segment", () => {
    expect(searchParamsFromSegment("%E0%A4%A")).toEqual({});
  });
});
