import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashToken, newToken, tokenMatches } from "./tokens";

describe("tokens", () => {
  it("makes 32-byte base64url tokens with their SHA-256 hex hash", () => {
    const { token, hash } = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashToken(token)).toBe(hash);
  });

  it("never repeats a token", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newToken().token));
    expect(tokens.size).toBe(1000);
  });

  it("matches only the token's own hash", () => {
    const a = newToken();
    const b = newToken();
    expect(tokenMatches(a.token, a.hash)).toBe(true);
    expect(tokenMatches(a.token, a.hash.toUpperCase())).toBe(true);
    expect(tokenMatches(a.token, b.hash)).toBe(false);
    expect(tokenMatches(b.token, a.hash)).toBe(false);
    expect(tokenMatches(`${a.token}x`, a.hash)).toBe(false);
    expect(tokenMatches(a.hash, a.hash)).toBe(false);
  });

  it("returns false for malformed hashes instead of throwing", () => {
    const { token, hash } = newToken();
    for (const bad of ["", hash.slice(0, 63), `${hash}0`, `${hash.slice(0, 63)}g`, token]) {
      expect(tokenMatches(token, bad)).toBe(false);
    }
  });
});
