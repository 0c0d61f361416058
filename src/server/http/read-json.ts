import { AppError } from "@/server/errors";

/**
 * Reads a JSON request body, refusing before any work is done: a wrong content type (415),
 * a body over the limit (413, checked on Content-Length and again while streaming), and
 * malformed JSON (400).
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && !type.endsWith("+json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json");
  }
  const text = await readRawBody(req, maxBytes);
  if (!text.trim()) throw new AppError("MALFORMED_JSON", "The request body is empty; send a JSON document");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("MALFORMED_JSON", "The request body is not valid JSON", {
      reason: error instanceof Error ? error.message : "parse error",
    });
  }
}

/**
 * Reads a request body as text, as sent (a signed webhook), refusing one over `maxBytes` (413)
 * on its Content-Length and again while streaming (a chunked body declares no length).
 */
export async function readRawBody(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The body may be at most ${maxBytes} bytes`, { maxBytes });
  }
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new AppError("PAYLOAD_TOO_LARGE", `The body may be at most ${maxBytes} bytes`, { maxBytes });
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}
