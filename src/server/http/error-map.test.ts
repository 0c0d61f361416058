import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { toErrorResponse } from "./error-map";
import { readJsonBody } from "./read-json";

const body = async (res: Response) => (await res.json()) as { error: { code: string; message: string; details?: Record<string, unknown>; requestId: string } };

describe("toErrorResponse", () => {
  it("keeps an AppError's code and maps it to its status", async () => {
    const res = toErrorResponse(new AppError("CONFLICT", "taken"), "rid-1");
    expect(res.status).toBe(409);
    expect(res.headers.get("x-request-id")).toBe("rid-1");
    expect(await body(res)).toEqual({ error: { code: "CONFLICT", message: "taken", requestId: "rid-1" } });
  });

  it("turns zod errors into 422 with field paths", async () => {
    const parsed = z.object({ items: z.array(z.object({ quantity: z.number().int().min(1) })) }).safeParse({ items: [{ quantity: 0 }] });
    const res = toErrorResponse(parsed.error, "rid-2");
    expect(res.status).toBe(422);
    const json = await body(res);
    expect(json.error.code).toBe("VALIDATION_FAILED");
    expect(json.error.details?.fields).toEqual([expect.objectContaining({ path: "items.0.quantity" })]);
  });

  it("adds Retry-After to rate limiting", () => {
    const res = toErrorResponse(new AppError("RATE_LIMITED", "slow down", { retryAfterSeconds: 42 }), "rid-3");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("42");
  });

  it("hides everything about an unexpected error but the request id", async () => {
    const res = toErrorResponse(new Error("secret stack detail at db.ts:12"), "rid-4");
    expect(res.status).toBe(500);
    const text = JSON.stringify(await body(res));
    expect(text).not.toContain("secret");
    expect(text).toContain("rid-4");
  });
});

describe("readJsonBody", () => {
  const req = (body: string, type = "application/json", headers: Record<string, string> = {}) =>
    new Request("http://x/api", { method: "POST", body, headers: { "content-type": type, ...headers } });
  const code = async (p: Promise<unknown>) => p.then(() => "ok", (e: AppError) => `${e.code}:${e.status}`);

  it("parses JSON, including +json types", async () => {
    expect(await readJsonBody(req('{"a":1}'), 100)).toEqual({ a: 1 });
    expect(await readJsonBody(req('{"a":1}', "application/merge-patch+json; charset=utf-8"), 100)).toEqual({ a: 1 });
  });

  it("refuses a wrong content type, an empty or malformed body and an oversized one", async () => {
    expect(await code(readJsonBody(req('{"a":1}', "text/plain"), 100))).toBe("UNSUPPORTED_MEDIA_TYPE:415");
    expect(await code(readJsonBody(req(""), 100))).toBe("MALFORMED_JSON:400");
    expect(await code(readJsonBody(req('{"a": '), 100))).toBe("MALFORMED_JSON:400");
    expect(await code(readJsonBody(req(JSON.stringify({ a: "x".repeat(200) })), 100))).toBe("PAYLOAD_TOO_LARGE:413");
    expect(await code(readJsonBody(req("{}", "application/json", { "content-length": "5000" }), 100))).toBe("PAYLOAD_TOO_LARGE:413");
  });
});
