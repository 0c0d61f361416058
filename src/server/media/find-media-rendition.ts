import "server-only";
import { storeDb } from "@/server/db";
import { pickRenditionWidth } from "./rendition-widths";
import { imageKeys } from "./media-keys";
import { mediaStorage } from "./storage/media-storage";
import type { TStoredObject } from "./storage/storage";

export type TMediaRendition = {
  /** Strong validator: a rendition's bytes never change under its id and width. */
  etag: string;
  contentType: string;
  /** Reads the bytes (null if the object went missing from storage). */
  open: () => Promise<TStoredObject | null>;
};

/**
 * The public rendition of one of the store's images: the smallest at least `width` wide
 * (the largest if none is), or the metadata-free full-size copy for "orig". Null for an
 * unknown id, another store's id, and every FILE (downloads are never public).
 */
export async function findMediaRendition(storeId: string, mediaId: string, width: number | "orig"): Promise<TMediaRendition | null> {
  const row = await storeDb(storeId).mediaAsset.findFirst({ where: { id: mediaId, kind: "IMAGE" }, select: { id: true, mimeType: true, width: true } });
  if (!row) return null;
  const keys = imageKeys(storeId, row.id);
  const picked = width === "orig" ? null : pickRenditionWidth(row.width, width);
  const key = picked === null ? keys.full : keys.rendition(picked);
  const contentType = picked === null ? row.mimeType : "image/webp";
  return {
    etag: `"${row.id}-${picked ?? "orig"}"`,
    contentType,
    open: async () => (await mediaStorage()).get(key),
  };
}
