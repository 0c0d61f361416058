import { describe, expect, it } from "vitest";
import { readRawBody } from "./read-json";

/** A request whose body streams in chunks and declares no Content-Length (chunked encoding). */
function chunked(chunks: string[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
      controller.close();
    },
  });
  return new Request("http://localhost/api/webhooks/stripe", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readRawBody", () => {
  it("returns the body as sent", async () => {
    expect(await readRawBody(chunked(['{"id":', '"evt_1"}']), 100)).toBe('{"id":"evt_1"}');
  });
  it("refuses a body over the limit by its Content-Length before reading it", async () => {
    const req = new Request("http://localhost/x", { method: "POST", body: "x".repeat(20), headers: { "content-length": "20" } });
    await expect(readRawBody(req, 10)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });
  it("refuses a chunked body that grows over the limit while streaming", async () => {
    await expect(readRawBody(chunked(["12345", "67890", "1"]), 10)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });
});
