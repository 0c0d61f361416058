import "server-only";
import { detectFileType } from "./detect-image-type";
import type { TMediaActor, TMediaRequestContext } from "./media-actor";
import { fileKey, newMediaId } from "./media-keys";
import type { TMediaView } from "./media-view";
import { storeMedia } from "./store-media";
import { assertUploadSize } from "./upload-image";

export type TUploadFileInput = { bytes: Uint8Array; filename: string; declaredType?: string | null };

/**
 * Uploads a downloadable file for a digital product (kind FILE): any type up to
 * MEDIA_MAX_BYTES, stored privately under the store's files/ prefix and never served by the
 * public media route (delivery after purchase is the checkout's job).
 *
 * @throws AppError PAYLOAD_TOO_LARGE (413), VALIDATION_FAILED (422) for an empty file.
 */
export async function uploadFile(
  storeId: string,
  actor: TMediaActor,
  input: TUploadFileInput,
  context: TMediaRequestContext = {},
): Promise<TMediaView> {
  assertUploadSize(input.bytes);
  const id = newMediaId();
  const key = fileKey(storeId, id, input.filename);
  const mimeType = detectFileType(input.bytes, input.declaredType);
  return storeMedia(
    { storeId, id, kind: "FILE", storageKey: key, mimeType, byteSize: input.bytes.byteLength, width: null, height: null, alt: null },
    [{ key, bytes: input.bytes, contentType: mimeType }],
    actor,
    context,
  );
}
