import { applyImport, dryRunImport, MAX_CSV_BYTES, ZImportQuery, type TImportProgress } from "@/server/catalog-csv";
import { AppError } from "@/server/errors";
import { authorizeAdminApi, clientIp, route, toErrorResponse, toJson, userAgent } from "@/server/http";

export const dynamic = "force-dynamic";
/** An apply of a large file runs one long transaction. */
export const maxDuration = 300;

/**
 * Reads the CSV body: text/csv only (415 otherwise, which also keeps cross-site forms out:
 * browsers cannot send text/csv cross-origin without a CORS preflight), at most
 * MAX_CSV_BYTES (413, checked on Content-Length and while streaming), valid UTF-8 (400).
 */
async function readCsvBody(req: Request): Promise<string> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "text/csv") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the file as text/csv");
  const tooBig = () => new AppError("PAYLOAD_TOO_LARGE", `The file may be at most ${MAX_CSV_BYTES / 1024 / 1024} MB`, { maxBytes: MAX_CSV_BYTES });
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > MAX_CSV_BYTES) throw tooBig();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_CSV_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooBig();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("BAD_REQUEST", "The file is not UTF-8 text: save it as CSV UTF-8");
  }
}

/**
 * POST /api/v1/admin/products/import?mode=dry-run|apply (catalog:write), body text/csv.
 * dry-run: 200 {mode, valid, summary, issues: [{line, row, handle, sku, reasons}]}; writes
 * nothing. apply: all or nothing; 200 {mode, summary, elapsedMs}, 422 with details.issues
 * when rows are bad, 409 when a concurrent change took a handle or SKU. With
 * `Accept: application/x-ndjson` the apply streams one JSON line per progress step
 * ({"type":"progress","phase","done","total"}) and ends with {"type":"result",...} or
 * {"type":"error","status","error"}.
 */
export const POST = route({ authorize: (req) => authorizeAdminApi(req, "catalog:write"), query: ZImportQuery }, async ({ auth, query, req, requestId }) => {
  const text = await readCsvBody(req);
  if (query.mode === "dry-run") return dryRunImport(auth.storeId, text);
  const context = { ip: clientIp(req.headers), userAgent: userAgent(req.headers) };
  if (!(req.headers.get("accept") ?? "").includes("application/x-ndjson")) return applyImport(auth.storeId, auth.actor, text, context);

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (value: unknown) => controller.enqueue(encoder.encode(`${toJson(value)}\n`));
      try {
        const result = await applyImport(auth.storeId, auth.actor, text, { ...context, onProgress: (p: TImportProgress) => send({ type: "progress", ...p }) });
        send({ type: "result", ...result });
      } catch (error) {
        const response = toErrorResponse(error, requestId);
        send({ type: "error", status: response.status, ...((await response.json()) as object) });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
});
