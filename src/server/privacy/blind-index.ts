import "server-only";
import { createHmac, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { env } from "@/env";

const SALT = "ecom/blind-index/v1";
// KeyObjects: Node 24 prepares a key given as a Buffer anew on every createHmac (several
// times the cost of the HMAC itself).
const derived = new Map<string, KeyObject>();

function keyFor(purpose: string): KeyObject {
  const secret = env().authSecret;
  const cacheKey = `${purpose}\u0000${secret}`;
  let key = derived.get(cacheKey);
  if (!key) {
    key = createSecretKey(Buffer.from(hkdfSync("sha256", secret, SALT, `ecom/blind-index/${purpose}`, 32)));
    derived.set(cacheKey, key);
  }
  return key;
}

/**
 * A keyed, deterministic fingerprint of personal data (64 lower-case hex characters):
 * HMAC-SHA256 under a key derived with HKDF from AUTH_SECRET and `purpose`. Lets code find or
 * count by a value (throttle keys, equality lookups) without storing the value.
 *
 * Invariants: the same (purpose, value) gives the same index for as long as AUTH_SECRET is
 * unchanged (rotating it changes every index: stored ones must then be recomputed);
 * different purposes give unrelated indexes, so one index cannot be matched against another
 * purpose's. Normalise `value` first (trim, lower-case an email) so equal inputs are equal.
 */
export function blindIndex(purpose: string, value: string): string {
  if (!purpose) throw new TypeError("blindIndex: purpose is required");
  return createHmac("sha256", keyFor(purpose)).update(value, "utf8").digest("hex");
}
