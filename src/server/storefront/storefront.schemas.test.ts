import { describe, expect, it } from "vitest";
import { parseCategoryQuery, ZProductOptions, ZSearchQuery, ZVariantParam } from "./storefront.schemas";

describe("category query", () => {
  it("reads page, sort, prices and option filters from searchParams", () => {
    expect(parseCategoryQuery({ page: "3", sort: "price-desc", minPrice: " 10.50 ", maxPrice: "", o: ["Size:M", "Size:L", "Colour:Deep Red", "Size:M"], inStock: "1" })).toEqual({
      page: 3,
      sort: "price-desc",
      minPrice: "10.50",
      maxPrice: undefined,
      options: { Size: ["M", "L"], Colour: ["Deep Red"] },
      inStock: true,
    });
  });

  it("falls back to defaults on bad values instead of failing the page", () => {
    expect(parseCategoryQuery({ page: "-2", sort: "cheapest", o: ":x", inStock: "maybe" })).toEqual({ page: 1, sort: "newest", minPrice: undefined, maxPrice: undefined, options: {}, inStock: false });
    expect(parseCategoryQuery({ inStock: ["on", "0"] }).inStock).toBe(true);
    expect(parseCategoryQuery({ page: "99999999" }).page).toBe(1);
    expect(parseCategoryQuery({ page: ["2", "5"] }).page).toBe(2);
    expect(parseCategoryQuery({ o: "Material:1:2 scale" }).options).toEqual({ Material: ["1:2 scale"] });
  });
});

describe("search query and variant param", () => {
  it("trims and caps the search text", () => {
    expect(ZSearchQuery.parse({ q: "  teapot ", page: "2" })).toEqual({ q: "teapot", page: 2 });
    expect(ZSearchQuery.parse({}).q).toBe("");
    expect(ZSearchQuery.parse({ q: "x".repeat(300) }).q).toHaveLength(100);
  });

  it("accepts only id-shaped variant params", () => {
    expect(ZVariantParam.parse("cm3abc_12-x")).toBe("cm3abc_12-x");
    expect(ZVariantParam.parse("x'; drop")).toBeUndefined();
    expect(ZVariantParam.parse(undefined)).toBeUndefined();
  });

  it("reads malformed stored options as none", () => {
    expect(ZProductOptions.parse([{ name: "Size", values: ["S"] }])).toEqual([{ name: "Size", values: ["S"] }]);
    expect(ZProductOptions.parse("nope")).toEqual([]);
  });
});
