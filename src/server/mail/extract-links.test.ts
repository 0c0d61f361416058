import { describe, expect, it } from "vitest";
import { extractLinks } from "./extract-links";

describe("extractLinks", () => {
  it("finds http and https links in order, without duplicates", () => {
    const text = [
      "Verify your address: https://platform.localhost:3000/verify?token=abc123&x=1",
      "Order status at http://demo.localhost:3000/orders/42.",
      "Again: https://platform.localhost:3000/verify?token=abc123&x=1",
    ].join("\n");
    expect(extractLinks(text)).toEqual([
      "https://platform.localhost:3000/verify?token=abc123&x=1",
      "http://demo.localhost:3000/orders/42",
    ]);
  });

  it("drops sentence punctuation and unbalanced brackets after a link", () => {
    expect(extractLinks("(see https://example.com/a), then https://example.com/b!")).toEqual(["https://example.com/a", "https://example.com/b"]);
    expect(extractLinks("https://en.example.org/wiki/Foo_(bar)")).toEqual(["https://en.example.org/wiki/Foo_(bar)"]);
  });

  it("stops at angle brackets and quotes", () => {
    expect(extractLinks('<https://example.com/x> "https://example.com/y"')).toEqual(["https://example.com/x", "https://example.com/y"]);
  });

  it("ignores other schemes and text without links", () => {
    expect(extractLinks("javascript:alert(1) data:text/html,hi ftp://example.com mailto:a@example.com")).toEqual([]);
    expect(extractLinks("no links here")).toEqual([]);
    expect(extractLinks("http:// nothing")).toEqual([]);
  });

  it("does not match a scheme glued to a word", () => {
    expect(extractLinks("xhttps://evil.example")).toEqual([]);
  });

  it("respects the maximum", () => {
    const text = Array.from({ length: 10 }, (_, i) => `https://example.com/${i}`).join(" ");
    expect(extractLinks(text, 3)).toHaveLength(3);
  });
});
