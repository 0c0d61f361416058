import "server-only";
import { env } from "@/env";
import { AppError } from "@/server/errors";
import { detectImageType } from "./detect-image-type";
import type { TMediaActor, TMediaRequestContext } from "./media-actor";
import { imageKeys, newMediaId } from "./media-keys";
import { ZUploadMediaFields } from "./media.schemas";
import type { TMediaView } from "./media-view";
import { processImage } from "./process-image";
import { storeMedia } from "./store-media";

export type TUploadImageInput = { bytes: Uint8Array; filename: string; alt?: string | null };

/** Refuses an empty upload (422) or one over MEDIA_MAX_BYTES (413). */
export function assertUploadSize(bytes: Uint8Array): void {
  const max = env().MEDIA_MAX_BYTES;
  if (bytes.byteLength > max) throw new AppError("PAYLOAD_TOO_LARGE", `Files may be at most ${max} bytes`, { maxBytes: max });
  if (bytes.byteLength === 0) throw new AppError("VALIDATION_FAILED", "The file is empty", { fields: [{ path: "file", message: "The file is empty" }] });
}

/**
 * Uploads a storefront image. The type comes from the bytes (JPEG, PNG, WebP, AVIF; the file
 * name is ignored), the image must decode completely, and the stored set is: the untouched
 * original (kept, never served), a full-size copy without metadata (served as "orig") and
 * WebP renditions (see renditionWidths). Then the MediaAsset row (kind IMAGE), audit entry
 * and media.created event are written in one transaction.
 *
 * @throws AppError PAYLOAD_TOO_LARGE (413), UNSUPPORTED_MEDIA_TYPE (415) for any other type
 *   (SVG, HTML, GIF ...), VALIDATION_FAILED (422) for undecodable bytes or a bad alt text.
 */
export async function uploadImage(
  storeId: string,
  actor: TMediaActor,
  input: TUploadImageInput,
  context: TMediaRequestContext = {},
): Promise<TMediaView> {
  assertUploadSize(input.bytes);
  const { alt } = ZUploadMediaFields.parse({ alt: input.alt ?? undefined });
  const mimeType = detectImageType(input.bytes);
  if (!mimeType) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Upload a JPEG, PNG, WebP or AVIF image", {
      fields: [{ path: "file", message: "Only JPEG, PNG, WebP and AVIF images are accepted" }],
    });
  }
  const image = await processImage(input.bytes, mimeType);
  const id = newMediaId();
  const keys = imageKeys(storeId, id);
  return storeMedia(
    { storeId, id, kind: "IMAGE", storageKey: keys.original, mimeType, byteSize: input.bytes.byteLength, width: image.width, height: image.height, alt: alt ?? null },
    [
      { key: keys.original, bytes: input.bytes, contentType: mimeType },
      { key: keys.full, bytes: image.full, contentType: mimeType },
      ...image.renditions.map((r) => ({ key: keys.rendition(r.width), bytes: r.bytes, contentType: "image/webp" })),
    ],
    actor,
    context,
  );
}
