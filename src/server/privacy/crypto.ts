import "server-only";
import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import { env } from "@/env";

/**
 * Field-level encryption of personal data (AES-256-GCM).
 *
 * A value is self-describing: `enc:v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url parts), so
 * it names the key it was sealed with and survives key rotation: new values are sealed under
 * `env().piiKeys.activeKeyId`, old ones open with whichever configured key they name until
 * `rotatePii()` has moved them. The header and an optional `context` (the column, e.g.
 * "Customer.name") are GCM additional authenticated data: a value copied into another column,
 * or with any part altered, fails to decrypt instead of yielding garbage.
 */

const PREFIX = "enc";
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const ALGORITHM = "aes-256-gcm";
const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;
const B64URL = /^[A-Za-z0-9_-]*$/;

/** The `context` values used for the encrypted columns; rotation and the domain share them. */
export const PII_CONTEXT = {
  customerName: "Customer.name",
  customerPhone: "Customer.phone",
  customerAddress: "CustomerAddress.data",
  orderShippingAddress: "Order.shippingAddress",
} as const;

/** Thrown when a value cannot be decrypted; the message never contains the value. */
export class PiiDecryptError extends Error {
  constructor(reason: string) {
    super(`Cannot decrypt personal data: ${reason}`);
    this.name = "PiiDecryptError";
  }
}

type TParsed = { keyId: string; iv: Buffer; tag: Buffer; ciphertext: Buffer };

/**
 * Decodes base64url strictly: only canonical encodings are accepted, so changing a character
 * (even one that only carries padding bits) can never decode to the same bytes.
 */
function strictBase64Url(part: string, what: string): Buffer {
  if (!B64URL.test(part)) throw new PiiDecryptError(`malformed ${what}`);
  const bytes = Buffer.from(part, "base64url");
  if (bytes.toString("base64url") !== part) throw new PiiDecryptError(`malformed ${what}`);
  return bytes;
}

function parse(value: string): TParsed {
  const parts = value.split(":");
  if (parts.length !== 6 || parts[0] !== PREFIX) throw new PiiDecryptError("not an encrypted value");
  const [, version, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string, string];
  if (version !== VERSION) throw new PiiDecryptError(`unsupported format version "${version}"`);
  if (!KEY_ID.test(keyId)) throw new PiiDecryptError("malformed key id");
  const parsed = {
    keyId,
    iv: strictBase64Url(iv, "IV"),
    tag: strictBase64Url(tag, "tag"),
    ciphertext: strictBase64Url(ciphertext, "ciphertext"),
  };
  if (parsed.iv.length !== IV_BYTES) throw new PiiDecryptError("malformed IV");
  if (parsed.tag.length !== TAG_BYTES) throw new PiiDecryptError("malformed tag");
  return parsed;
}

/**
 * Each configured key as a KeyObject, made once: Node 24 prepares a key given as a Buffer
 * anew on every createCipheriv, several times the cost of the AES-GCM of a short value.
 */
const keyObjects = new WeakMap<Buffer, KeyObject>();

function keyFor(keyId: string): KeyObject {
  const key = env().piiKeys.keys.get(keyId);
  if (!key) throw new PiiDecryptError(`unknown key id "${keyId}" (is it still in PII_ENCRYPTION_KEYS?)`);
  if (key.length !== KEY_BYTES) throw new Error(`PII key "${keyId}" must be ${KEY_BYTES} bytes, got ${key.length}`);
  let keyObject = keyObjects.get(key);
  if (!keyObject) keyObjects.set(key, (keyObject = createSecretKey(key)));
  return keyObject;
}

/** Authenticated but not encrypted: the header (format and key id) and the column context. */
function aad(keyId: string, context: string): Buffer {
  return Buffer.from(`${PREFIX}:${VERSION}:${keyId}\u0000${context}`, "utf8");
}

/**
 * Encrypts `plain` under the active key. Each call uses a fresh random IV, so equal inputs
 * give different outputs (use `blindIndex` for lookups). Decrypt with the same `context`.
 */
export function encryptText(plain: string, context = ""): string {
  const keyId = env().piiKeys.activeKeyId;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, keyFor(keyId), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(keyId, context));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [PREFIX, VERSION, keyId, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(":");
}

/**
 * Decrypts a value made by `encryptText` with the key it names (any configured key, active or
 * not). Throws PiiDecryptError for a malformed value, an unknown key id, a different
 * `context`, or any alteration; it never returns unauthenticated bytes.
 */
export function decryptText(value: string, context = ""): string {
  const { keyId, iv, tag, ciphertext } = parse(value);
  const decipher = createDecipheriv(ALGORITHM, keyFor(keyId), iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad(keyId, context));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new PiiDecryptError("authentication failed (altered value, wrong key or wrong context)");
  }
}

/** `encryptText(JSON.stringify(data))`. `data` must be JSON-serialisable. */
export function encryptJson(data: unknown, context = ""): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new TypeError("encryptJson: value is not JSON-serialisable");
  return encryptText(json, context);
}

/**
 * Decrypts and parses a value made by `encryptJson`. The type parameter is not checked at run
 * time: parse the result with a zod schema where the shape matters.
 */
export function decryptJson<T = unknown>(value: string, context = ""): T {
  return JSON.parse(decryptText(value, context)) as T;
}

/** Whether `value` has the encrypted format (not whether it decrypts). */
export function isEncrypted(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
}

/** The key id an encrypted value names, or null when `value` is not in the encrypted format. */
export function encryptedKeyId(value: string): string | null {
  return isEncrypted(value) ? value.split(":")[2]! : null;
}

/** What the optional helpers give back for an input type: strings map to strings, null and undefined pass through. */
export type TOptional<T extends string | null | undefined> = T extends string ? string : T;

/** Like `encryptText` for nullable columns: null and undefined pass through unchanged. */
export function encryptOptional<T extends string | null | undefined>(plain: T, context = ""): TOptional<T> {
  return (plain == null ? plain : encryptText(plain, context)) as TOptional<T>;
}

/** Like `decryptText` for nullable columns: null and undefined pass through unchanged. */
export function decryptOptional<T extends string | null | undefined>(value: T, context = ""): TOptional<T> {
  return (value == null ? value : decryptText(value, context)) as TOptional<T>;
}
