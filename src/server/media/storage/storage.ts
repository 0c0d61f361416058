import { AppError } from "@/server/errors";

/** An object read back from storage. `body` is a web stream so large files are never buffered. */
export type TStoredObject = {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  /** Byte length when the backend knows it (used for Content-Length). */
  size: number | null;
};

/**
 * Where media bytes live. Keys are relative, `/`-separated and always start with the owning
 * store's id (`<storeId>/...`); implementations refuse anything else that could escape their
 * root (`..`, absolute paths, backslashes, empty segments).
 */
export interface TStorage {
  /** Writes (or replaces) an object. Readers never see a partially written object. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object, or null when there is none under this key. */
  get(key: string): Promise<TStoredObject | null>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * Throws unless `key` is a safe relative key: 2 to 8 segments of letters, digits, `.`, `_`
 * and `-`, none starting with a dot (so no `.` / `..` and no hidden files), at most 255
 * characters (the MediaAsset.storageKey column).
 */
export function assertValidKey(key: string): void {
  const segments = key.split("/");
  const ok = key.length <= 255 && segments.length >= 2 && segments.length <= 8 && segments.every((s) => SEGMENT.test(s));
  if (!ok) throw new AppError("INTERNAL", "Invalid storage key");
}

/** Reads a stored object's stream to the end (tests and small internal reads). */
export async function readAllBytes(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
