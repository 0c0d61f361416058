import { describe, expect, it } from "vitest";
import { booleanQuery, escapeLike, searchWords } from "./search-terms";

describe("search terms", () => {
  it("keeps letters and digits only, lower-cased and de-duplicated", () => {
    expect(searchWords('  Blue +TEAPOT* -"x" (tea) Blue ')).toEqual(["blue", "teapot", "x", "tea"]);
    expect(searchWords("Ceylon-Tee 500g")).toEqual(["ceylon", "tee", "500g"]);
    expect(searchWords("කහ තේ")).toEqual(["කහ", "තේ"]);
    expect(searchWords("")).toEqual([]);
  });

  it("requires every searchable word as a prefix and drops stopwords and single letters", () => {
    expect(booleanQuery(["the", "blue", "teapot"])).toBe("+blue* +teapot*");
    expect(booleanQuery(["x", "of"])).toBeNull();
    expect(booleanQuery(["xl"])).toBe("+xl*");
  });

  it("caps the number of words", () => {
    expect(searchWords("a b c d e f g h i j k")).toHaveLength(8);
  });

  it("escapes LIKE wildcards", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
  });
});
