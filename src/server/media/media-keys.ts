import { randomBytes } from "node:crypto";
import { renditionWidths } from "./rendition-widths";

/**
 * A new MediaAsset id: "c" + 24 base-36 characters from 15 random bytes (~120 bits), the same
 * shape as Prisma's cuid() but unguessable (cuid v1 is partly a timestamp and a counter).
 * Made before the row so files can be stored first.
 */
export function newMediaId(): string {
  const n = BigInt(`0x${randomBytes(16).toString("hex")}`);
  return `c${n.toString(36).padStart(25, "0").slice(-24)}`;
}

/** Storage keys of an image: the untouched upload, the public full-size copy, the renditions. */
export function imageKeys(storeId: string, mediaId: string) {
  const dir = `${storeId}/images/${mediaId}`;
  return {
    original: `${dir}/original`,
    full: `${dir}/full`,
    rendition: (width: number) => `${dir}/w${width}.webp`,
  };
}

/** A downloadable file's key keeps a safe form of its name for the eventual download. */
export function fileKey(storeId: string, mediaId: string, filename: string): string {
  return `${storeId}/files/${mediaId}/${safeFilename(filename)}`;
}

/** Letters, digits, `.`, `_`, `-` only, no leading dot, at most 100 characters. */
export function safeFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+/, "")
    .slice(-100);
  return cleaned || "file";
}

/** Every stored key of an asset, from its row (renditions follow from the stored width). */
export function keysOfAsset(row: { id: string; storeId: string; kind: "IMAGE" | "FILE"; storageKey: string; width: number | null }): string[] {
  if (row.kind === "FILE") return [row.storageKey];
  const keys = imageKeys(row.storeId, row.id);
  return [keys.original, keys.full, ...renditionWidths(row.width).map(keys.rendition)];
}
