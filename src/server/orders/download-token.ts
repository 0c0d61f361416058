import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { authSecretKey } from "@/server/privacy";

/** How long a download link works unless the caller asks otherwise: 24 hours. */
export const DOWNLOAD_LINK_TTL_SECONDS = 24 * 60 * 60;

/** The longest lifetime a caller may ask for (a mail link that should survive a weekend). */
export const MAX_DOWNLOAD_LINK_TTL_SECONDS = 7 * 24 * 60 * 60;

/** What a download token grants: one order line of one store, until `e` (epoch seconds). */
export type TDownloadClaims = { s: string; o: string; l: string; e: number };

export type TVerifiedDownload = { orderId: string; lineId: string; expiresAt: Date };

const HKDF_SALT = "ecom/download-link/v1";
const HKDF_INFO = "ecom/orders/download-link-hmac";
/** The longest token we look at: far above a real one (~200 characters), far below URL limits. */
const MAX_TOKEN_LENGTH = 600;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,520}\.[A-Za-z0-9_-]{43}$/;

const ZTokenId = z.string().min(1).max(191).regex(/^[A-Za-z0-9_-]+$/);
const ZDownloadClaims = z.strictObject({ s: ZTokenId, o: ZTokenId, l: ZTokenId, e: z.number().int().positive() });

/**
 * The signing key: derived from AUTH_SECRET with a label of its own, so a download token's MAC
 * can never be confused with a session, a blind index or anything else keyed from the same
 * secret. Rotating AUTH_SECRET invalidates every outstanding link (they are short-lived).
 */
const signingKey = () => authSecretKey(HKDF_SALT, HKDF_INFO);

function mac(encodedPayload: string): Buffer {
  return createHmac("sha256", signingKey()).update(encodedPayload, "ascii").digest();
}

/**
 * A signed download token: base64url(JSON claims) + "." + base64url(HMAC-SHA256 of the
 * first part). Stateless: nothing is stored; the claims bind the store, order, line and expiry.
 */
export function signDownloadToken(claims: TDownloadClaims): string {
  const payload = Buffer.from(JSON.stringify(ZDownloadClaims.parse(claims)), "utf8").toString("base64url");
  return `${payload}.${mac(payload).toString("base64url")}`;
}

/**
 * The order line a download token grants on `storeId` at `now`, or null. Null for anything
 * malformed, a signature that does not match (compared in constant time), a token of another
 * store, and an expired one: callers answer all of them the same way and admit nothing.
 * This only checks the token; whether the order is still paid is openDownload's job.
 */
export function verifyDownloadToken(storeId: string, token: string, now: Date = new Date()): TVerifiedDownload | null {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) return null;
  const [payload, signature] = token.split(".") as [string, string];
  // Compare the canonical encodings, so a second spelling of the same MAC is refused too.
  const given = Buffer.from(signature, "ascii");
  const expected = Buffer.from(mac(payload).toString("base64url"), "ascii");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const claims = ZDownloadClaims.safeParse(parsed);
  if (!claims.success || claims.data.s !== storeId) return null;
  if (Math.floor(now.getTime() / 1000) >= claims.data.e) return null;
  return { orderId: claims.data.o, lineId: claims.data.l, expiresAt: new Date(claims.data.e * 1000) };
}

/** The expiry (epoch seconds) of a link made at `now` that lives `ttlSeconds`. */
export function downloadExpiry(now: Date, ttlSeconds: number = DOWNLOAD_LINK_TTL_SECONDS): number {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_DOWNLOAD_LINK_TTL_SECONDS) {
    throw new RangeError(`ttlSeconds must be an integer from 1 to ${MAX_DOWNLOAD_LINK_TTL_SECONDS}`);
  }
  return Math.floor(now.getTime() / 1000) + ttlSeconds;
}
