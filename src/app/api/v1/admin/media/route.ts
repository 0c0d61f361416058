import { env } from "@/env";
import { authorizeAdminApi, clientIp, route, userAgent } from "@/server/http";
import { listMedia, uploadFile, uploadImage, ZMediaListQuery, ZUploadMediaFields } from "@/server/media";
import { readUploadForm } from "./read-upload-form";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/admin/media?kind=image|file&page=&pageSize=: the store's media, newest first
 * (catalog:read).
 */
export const GET = route({ authorize: (req) => authorizeAdminApi(req, "catalog:read"), query: ZMediaListQuery }, async ({ auth, query }) => {
  return listMedia(auth.storeId, query);
});

/**
 * POST /api/v1/admin/media (catalog:write): multipart/form-data with `file`, optional `alt`
 * and optional `kind` ("image", the default, or "file" for a digital product's download).
 * Images: JPEG, PNG, WebP or AVIF by their bytes (415 otherwise), 413 over MEDIA_MAX_BYTES.
 * Answers 201 with {id, kind, mimeType, width, height, alt, urls}.
 */
export const POST = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write") }, async ({ auth, req }) => {
  const { file, fields } = await readUploadForm(req, env().MEDIA_MAX_BYTES);
  const { alt, kind } = ZUploadMediaFields.parse(fields);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const context = { ip: clientIp(req.headers), userAgent: userAgent(req.headers) };
  const media =
    kind === "FILE"
      ? await uploadFile(auth.storeId, auth.actor, { bytes, filename: file.name, declaredType: file.type }, context)
      : await uploadImage(auth.storeId, auth.actor, { bytes, filename: file.name, alt }, context);
  return Response.json(media, { status: 201 });
});
