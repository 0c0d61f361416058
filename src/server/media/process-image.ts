import "server-only";
import sharp, { type Metadata, type Sharp } from "sharp";
import { AppError } from "@/server/errors";
import type { TImageMimeType } from "./detect-image-type";
import { renditionWidths } from "./rendition-widths";

/** Larger images are refused before decoding (a small file can declare a huge canvas). */
export const MAX_IMAGE_PIXELS = 40_000_000;

export type TProcessedImage = {
  width: number;
  height: number;
  /** Full size, same format as the upload, auto-oriented, metadata (EXIF, GPS, XMP) removed. */
  full: Buffer;
  /** WebP renditions by width, see renditionWidths(). */
  renditions: { width: number; bytes: Buffer }[];
};

const SHARP_FORMAT: Record<TImageMimeType, { format: string; compression?: string }> = {
  "image/jpeg": { format: "jpeg" },
  "image/png": { format: "png" },
  "image/webp": { format: "webp" },
  "image/avif": { format: "heif", compression: "av1" },
};

const unreadable = () => new AppError("VALIDATION_FAILED", "The file could not be read as an image", { fields: [{ path: "file", message: "Not a readable image" }] });

function open(bytes: Uint8Array): Sharp {
  return sharp(bytes, { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS, sequentialRead: true }).rotate();
}

function encodeFull(image: Sharp, mimeType: TImageMimeType): Sharp {
  switch (mimeType) {
    case "image/jpeg":
      return image.jpeg({ quality: 90, mozjpeg: true });
    case "image/png":
      return image.png({ compressionLevel: 9 });
    case "image/webp":
      return image.webp({ quality: 90 });
    case "image/avif":
      return image.avif({ quality: 60, effort: 2 });
  }
}

/**
 * Decodes an upload whose magic number said `mimeType` and makes its stored derivatives.
 * The whole image is decoded (a truncated or corrupt file is refused, not just one with a bad
 * header), the decoder must agree with the magic number, and width/height are the displayed
 * ones (EXIF orientation applied).
 *
 * @throws AppError VALIDATION_FAILED (422) for anything that does not decode as that type,
 *   or that exceeds MAX_IMAGE_PIXELS.
 */
export async function processImage(bytes: Uint8Array, mimeType: TImageMimeType): Promise<TProcessedImage> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new AppError("VALIDATION_FAILED", `Images may have at most ${MAX_IMAGE_PIXELS} pixels`, { fields: [{ path: "file", message: "Image too large in pixels" }] });
    }
    throw unreadable();
  }
  const expected = SHARP_FORMAT[mimeType];
  if (meta.format !== expected.format || (expected.compression && meta.compression !== expected.compression)) throw unreadable();
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw unreadable();

  try {
    // The upload is decoded twice, one after the other, to bound memory: once for the full
    // copy and once into an sRGB pixel buffer at the largest rendition width, which every
    // smaller rendition is then made from.
    const full = await encodeFull(open(bytes), mimeType).toBuffer();
    const widths = renditionWidths(width);
    const base = await open(bytes)
      .resize({ width: widths[widths.length - 1]!, withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: base.info.width, height: base.info.height, channels: base.info.channels } };
    const renditions = await Promise.all(
      widths.map(async (w) => ({
        width: w,
        bytes: await sharp(base.data, raw).resize({ width: w, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
      })),
    );
    return { width, height, full, renditions };
  } catch {
    throw unreadable();
  }
}
