import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** SHA-256 (hex) of a status-link token: what Order.statusTokenHash stores. */
export function hashStatusToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * A new guest status-link token (32 random bytes, base64url) and its hash. Store only the
 * hash; the token goes into the confirmation URL and mail and nowhere else.
 */
export function createStatusToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashStatusToken(token) };
}

/** Whether `token` is the one `hash` was made from, compared in constant time. */
export function statusTokenMatches(hash: string, token: string): boolean {
  const expected = Buffer.from(hash, "hex");
  const actual = Buffer.from(hashStatusToken(token), "hex");
  return expected.length === actual.length && expected.length === 32 && timingSafeEqual(expected, actual);
}
