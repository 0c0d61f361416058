import { describe, expect, it } from "vitest";
import { createStatusToken, hashStatusToken, statusTokenMatches } from "./status-token";

describe("status tokens", () => {
  it("are 32 random bytes in base64url, stored only as their SHA-256", () => {
    const { token, hash } = createStatusToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashStatusToken(token));
    expect(createStatusToken().token).not.toBe(token);
  });

  it("match only the token they were made from", () => {
    const { token, hash } = createStatusToken();
    expect(statusTokenMatches(hash, token)).toBe(true);
    expect(statusTokenMatches(hash, `${token}x`)).toBe(false);
    expect(statusTokenMatches(hash, "")).toBe(false);
    expect(statusTokenMatches("not-hex", token)).toBe(false);
  });
});
