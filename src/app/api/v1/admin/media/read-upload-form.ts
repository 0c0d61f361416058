import { AppError } from "@/server/errors";

/** Room for the multipart boundaries, part headers and the small text fields. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export type TUploadForm = { file: File; fields: Record<string, string> };

/**
 * Reads a multipart/form-data upload with a `file` part, refusing before parsing: another
 * content type (415), a declared or streamed body over `maxFileBytes` plus multipart
 * overhead (413). The file's own size is checked again by the domain (assertUploadSize).
 */
export async function readUploadForm(req: Request, maxFileBytes: number): Promise<TUploadForm> {
  const type = req.headers.get("content-type") ?? "";
  if (type.split(";")[0]!.trim().toLowerCase() !== "multipart/form-data") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the upload as multipart/form-data with a file field");
  }
  const limit = maxFileBytes + MULTIPART_OVERHEAD_BYTES;
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `Files may be at most ${maxFileBytes} bytes`, { maxBytes: maxFileBytes });
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const body = await readLimited(req, limit, tooLarge);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The multipart body could not be read");
  }
  const file = form.get("file");
  if (!(file instanceof File)) {
    throw new AppError("VALIDATION_FAILED", "Attach the file in a field named file", { fields: [{ path: "file", message: "Required" }] });
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (name !== "file" && typeof value === "string") fields[name] = value;
  return { file, fields };
}

async function readLimited(req: Request, limit: number, tooLarge: () => AppError): Promise<Uint8Array<ArrayBuffer>> {
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
