import "server-only";
import { createHmac } from "node:crypto";
import { authSecretKey } from "./derived-key";

const SALT = "ecom/blind-index/v1";

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
  return createHmac("sha256", authSecretKey(SALT, `ecom/blind-index/${purpose}`)).update(value, "utf8").digest("hex");
}
