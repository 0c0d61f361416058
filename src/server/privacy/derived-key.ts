import "server-only";
import { createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { env } from "@/env";

const derived = new Map<string, KeyObject>();

/**
 * A 32-byte key of its own for one use (`salt`, `info`), derived with HKDF-SHA256 from
 * AUTH_SECRET, so no two uses of the secret can be confused. Made once per process and
 * secret, as a KeyObject: Node 24 prepares a key given as a Buffer anew on every createHmac or
 * createCipheriv, several times the cost of a short MAC. Rotating AUTH_SECRET changes every
 * derived key.
 */
export function authSecretKey(salt: string, info: string): KeyObject {
  const secret = env().authSecret;
  const cacheKey = `${salt}\u0000${info}\u0000${secret}`;
  let key = derived.get(cacheKey);
  if (!key) {
    key = createSecretKey(Buffer.from(hkdfSync("sha256", secret, salt, info, 32)));
    if (derived.size >= 100) derived.clear();
    derived.set(cacheKey, key);
  }
  return key;
}
