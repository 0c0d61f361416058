import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/**
 * Days an emailed token's row is kept after it expired, so that its link still says "expired"
 * or "used" for a while rather than "invalid"; the housekeeping job deletes it after that.
 */
export const EXPIRED_TOKEN_KEEP_DAYS = 7;

/**
 * A new single-use secret for links sent by email (verification, password reset): 32 random
 * bytes as base64url (43 characters), and its SHA-256 (hex) to store. Only the hash is ever
 * stored, so a database leak does not reveal usable tokens.
 */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** SHA-256 of the token's UTF-8 bytes, 64 lower-case hex characters (the stored form). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Whether `token` hashes to `hash`, compared in constant time (the time taken does not
 * depend on how much of the hash matches). False, never an exception, for a malformed hash.
 */
export function tokenMatches(token: string, hash: string): boolean {
  if (!SHA256_HEX.test(hash)) return false;
  return timingSafeEqual(Buffer.from(hashToken(token), "hex"), Buffer.from(hash, "hex"));
}
