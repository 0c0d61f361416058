import { describe, expect, it } from "vitest";
import { toJson } from "./json";

describe("toJson", () => {
  it("writes bigints as strings, anywhere in the value, and everything else as JSON.stringify does", () => {
    expect(toJson({ id: 12n, nested: [{ n: 9007199254740993n }] })).toBe('{"id":"12","nested":[{"n":"9007199254740993"}]}');
    const plain = { a: 1, b: "x", at: new Date("2026-01-02T03:04:05.006Z"), none: undefined, list: [null, true] };
    expect(toJson(plain)).toBe(JSON.stringify(plain));
  });
});
