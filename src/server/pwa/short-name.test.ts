import { describe, expect, it } from "vitest";
import { deriveShortName, SHORT_NAME_MAX } from "./short-name";

describe("deriveShortName", () => {
  it("keeps a name that fits", () => {
    expect(deriveShortName("Acme")).toBe("Acme");
    expect(deriveShortName("  Twelve  Chars ")).toBe("Twelve Chars");
    expect(deriveShortName("Exactly12chr")).toBe("Exactly12chr");
  });

  it("keeps the leading whole words that fit", () => {
    expect(deriveShortName("Ceylon Curated")).toBe("Ceylon");
    expect(deriveShortName("Acme Outfitters")).toBe("Acme");
    expect(deriveShortName("Blue Sky Tea Company")).toBe("Blue Sky Tea");
  });

  it("does not end on a joining word or symbol", () => {
    expect(deriveShortName("Bob's Tea & Co Ltd")).toBe("Bob's Tea");
    expect(deriveShortName("Sun and Moon Candles")).toBe("Sun and Moon");
    expect(deriveShortName("Pots of Colombo")).toBe("Pots");
    expect(deriveShortName("Tea - The Finest Leaves")).toBe("Tea");
  });

  it("cuts a single long word at the limit", () => {
    expect(deriveShortName("Supercalifragilistic Shop")).toBe("Supercalifra");
    expect(deriveShortName("Supercalifragilistic")).toHaveLength(SHORT_NAME_MAX);
  });

  it("counts graphemes, not UTF-16 units", () => {
    const name = "Cafe\u0301 Züri 🍵"; // 14 UTF-16 units, 12 graphemes
    expect(name.length).toBeGreaterThan(SHORT_NAME_MAX);
    expect(deriveShortName(name)).toBe(name);
    const sinhala = "ලංකා තේ සාප්පුව"; // 15 UTF-16 units, fewer graphemes
    expect(sinhala.length).toBeGreaterThan(SHORT_NAME_MAX);
    expect(deriveShortName(sinhala)).toBe(sinhala);
  });

  it("never returns more than the limit", () => {
    for (const name of ["A Very Long Store Name Indeed", "Xxxxxxxxxxxxxxxxxxxx Y", "& & & & & & & & &", "a b c d e f g h i j k"]) {
      const short = deriveShortName(name);
      expect([...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(short)].length).toBeLessThanOrEqual(SHORT_NAME_MAX);
      expect(short.length).toBeGreaterThan(0);
    }
  });
});
