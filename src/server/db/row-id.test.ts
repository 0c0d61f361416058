import { describe, expect, it } from "vitest";
import { newRowId } from "./row-id";

describe("newRowId", () => {
  it("is 'c' and 24 base-36 characters, never twice the same, every character in use", () => {
    const ids = Array.from({ length: 20_000 }, () => newRowId());
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // Across 480,000 random characters each of the 36 shows up about 13,000 times: none is missing or rare.
    const counts = new Map<string, number>();
    for (const id of ids) for (const ch of id.slice(1)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(36);
    expect(Math.min(...counts.values())).toBeGreaterThan(12_000);
    expect(Math.max(...counts.values())).toBeLessThan(14_700);
  });
});
