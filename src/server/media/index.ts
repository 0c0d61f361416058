/**
 * Media: image and file uploads, their storage (local disk or S3), responsive renditions and
 * store-scoped public serving. Keys always start with the owning store's id; a media id is
 * unguessable and looked up through the tenant door, so no URL on one store's host can reach
 * another store's file.
 */
import "server-only";

export { uploadImage, assertUploadSize, type TUploadImageInput } from "./upload-image";
export { uploadFile, type TUploadFileInput } from "./upload-file";
export { listMedia, getMedia, type TMediaPage } from "./list-media";
export { updateMediaAlt } from "./update-media-alt";
export { deleteMedia } from "./delete-media";
export { findMediaRendition, type TMediaRendition } from "./find-media-rendition";
export { renditionResponse, type TRenditionRequest } from "./rendition-response";
export { detectImageType, detectFileType, IMAGE_MIME_TYPES, type TImageMimeType } from "./detect-image-type";
export { RENDITION_WIDTHS, renditionWidths, pickRenditionWidth } from "./rendition-widths";
export { mediaUrl, mediaUrls, mediaSrc, srcSet, dashboardMediaBase, type TMediaImageRef } from "./media-urls";
export { dashboardImage } from "./dashboard-image";
export { MAX_IMAGE_PIXELS } from "./process-image";
export type { TMediaView } from "./media-view";
export type { TMediaActor, TMediaRequestContext } from "./media-actor";
export { mediaStorage } from "./storage/media-storage";
export type { TStorage, TStoredObject } from "./storage/storage";
export {
  ZMediaId,
  ZMediaIdParams,
  ZMediaKind,
  ZMediaListQuery,
  ZUpdateMediaInput,
  ZUploadMediaFields,
  ZRenditionWidth,
  type TMediaIdParams,
  type TMediaListQuery,
  type TUpdateMediaInput,
  type TUploadMediaFields,
} from "./media.schemas";
