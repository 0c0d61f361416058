import { describe, expect, it } from "vitest";
import { toJson } from "./json";

describe("toJson", () => {
  it("writes bigints as strings, anywhere in the value, and everything else as JSON.stringify does", () => {
    expect(toJson({ id: 12n, nested: [{ n: 9007199254740993n }] })).toBe('{"id":"12","nested":[{"n":"9007199254740993"}]}');
    expect(toJson([1n, { a: [2n, "x"] }, null])).toBe('["1",{"a":["2","x"]},null]');
    expect(toJson(5n)).toBe('"5"');
    const plain = { a: 1, b: "x", at: new Date("2026-01-02T03:04:05.006Z"), none: undefined, list: [null, true, undefined], fn: () => 1 };
    expect(toJson(plain)).toBe(JSON.stringify(plain));
  });

  it("leaves its input as it was, and objects with their own JSON form to it", () => {
    const input = { total: 150000n, lines: [{ price: 100n, title: "Tea" }], at: new Date("2026-01-02T03:04:05.006Z") };
    expect(toJson(input)).toBe('{"total":"150000","lines":[{"price":"100","title":"Tea"}],"at":"2026-01-02T03:04:05.006Z"}');
    expect(input.total).toBe(150000n);
    expect(input.lines[0]!.price).toBe(100n);
    const decimal = { toJSON: () => "12.50", big: 1n };
    expect(toJson({ amount: decimal })).toBe('{"amount":"12.50"}');
  });
});
