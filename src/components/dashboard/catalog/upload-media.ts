/**
 * Uploads one file from the dashboard through the admin media API (dashboard session +
 * ?store=), which checks catalog:write and calls the media domain's uploadImage / uploadFile.
 * Server actions are not used for uploads: their request body is limited to 1 MB, images
 * may be up to MEDIA_MAX_BYTES.
 */
export type TUploadedMedia = { id: string; kind: "IMAGE" | "FILE"; width: number | null; height: number | null; alt: string | null; filename: string | null; urls: Record<string, string> };

export async function uploadMedia(storeSlug: string, file: File, kind: "image" | "file"): Promise<{ ok: true; media: TUploadedMedia } | { ok: false; message: string }> {
  const body = new FormData();
  body.set("file", file);
  body.set("kind", kind);
  try {
    const res = await fetch(`/api/v1/admin/media?store=${encodeURIComponent(storeSlug)}`, { method: "POST", body, credentials: "same-origin" });
    const json = (await res.json().catch(() => null)) as { error?: { message?: string; details?: { fields?: { message: string }[] } } } | TUploadedMedia | null;
    if (res.ok && json && "id" in json) return { ok: true, media: json };
    const error = json && "error" in json ? json.error : undefined;
    return { ok: false, message: `${file.name}: ${error?.details?.fields?.[0]?.message ?? error?.message ?? `upload failed (${res.status})`}` };
  } catch {
    return { ok: false, message: `${file.name}: the upload did not reach the server` };
  }
}
