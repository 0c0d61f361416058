import { z } from "zod";

/** A MediaAsset id (cuid-shaped; anything else is simply not found). */
export const ZMediaId = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a media id");
export const ZMediaIdParams = z.object({ id: ZMediaId });
export type TMediaIdParams = z.infer<typeof ZMediaIdParams>;

export const ZMediaKind = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.enum(["IMAGE", "FILE"], "Use image or file"));

/** GET /api/v1/admin/media: newest first, paged. */
export const ZMediaListQuery = z.object({
  kind: ZMediaKind.optional(),
  page: z.coerce.number().int("Enter a page number").min(1, "Pages start at 1").max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, "At most 100 per page").default(50),
});
export type TMediaListQuery = z.input<typeof ZMediaListQuery>;

const ZAlt = z
  .string()
  .trim()
  .max(255, "At most 255 characters")
  .transform((v) => (v === "" ? null : v));

/** PATCH /api/v1/admin/media/{id}: alt text; empty or null clears it (a decorative image). */
export const ZUpdateMediaInput = z.object({ alt: ZAlt.nullable() });
export type TUpdateMediaInput = z.input<typeof ZUpdateMediaInput>;

/** The non-file fields of an upload (multipart form fields or a server action's FormData). */
export const ZUploadMediaFields = z.object({
  alt: ZAlt.optional(),
  kind: ZMediaKind.default("IMAGE"),
});
export type TUploadMediaFields = z.input<typeof ZUploadMediaFields>;

/** The width segment of /media/<id>/<width>: a positive integer or "orig". */
export const ZRenditionWidth = z.union([z.literal("orig"), z.string().regex(/^[1-9][0-9]{0,4}$/).transform(Number)]);
