import { mediaUrls } from "./media-urls";

export type TMediaRow = {
  id: string;
  storeId: string;
  kind: "IMAGE" | "FILE";
  storageKey: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  alt: string | null;
  createdAt: Date;
};

/** A media asset as the admin API and dashboard see it. Files have no public URLs. */
export type TMediaView = {
  id: string;
  kind: "IMAGE" | "FILE";
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  alt: string | null;
  /** The stored (sanitised) name of a downloadable file; null for images. */
  filename: string | null;
  createdAt: Date;
  /** Store-host paths by rendition width, plus "orig"; empty for files. */
  urls: Record<string, string>;
};

export const MEDIA_SELECT = {
  id: true,
  storeId: true,
  kind: true,
  storageKey: true,
  mimeType: true,
  byteSize: true,
  width: true,
  height: true,
  alt: true,
  createdAt: true,
} as const;

export function toMediaView(row: TMediaRow): TMediaView {
  return {
    id: row.id,
    kind: row.kind,
    mimeType: row.mimeType,
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    alt: row.alt,
    filename: row.kind === "FILE" ? (row.storageKey.split("/").pop() ?? null) : null,
    createdAt: row.createdAt,
    urls: row.kind === "IMAGE" ? mediaUrls(row) : {},
  };
}
