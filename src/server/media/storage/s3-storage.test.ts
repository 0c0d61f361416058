import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { S3Storage } from "./s3-storage";
import { readAllBytes } from "./storage";

/**
 * A minimal S3 speaking path-style HTTP: PUT/GET/DELETE /<bucket>/<key>, XML errors, and a
 * check that every request carries a SigV4 Authorization header for the configured key id.
 */
type TObject = { bytes: Buffer; contentType: string };
const objects = new Map<string, TObject>();
const requests: { method: string; url: string; auth: string }[] = [];

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

const xmlError = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake</RequestId></Error>`;

let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    const auth = req.headers.authorization ?? "";
    requests.push({ method: req.method ?? "", url: new URL(req.url ?? "/", "http://fake").pathname, auth });
    if (!auth.startsWith("AWS4-HMAC-SHA256 Credential=test-key/")) {
      res.writeHead(403, { "content-type": "application/xml" }).end(xmlError("AccessDenied", "Access Denied"));
      return;
    }
    const url = new URL(req.url ?? "/", "http://fake");
    const [, bucket, ...rest] = url.pathname.split("/");
    const key = rest.map(decodeURIComponent).join("/");
    if (bucket !== "media-bucket") {
      res.writeHead(404, { "content-type": "application/xml" }).end(xmlError("NoSuchBucket", "The specified bucket does not exist"));
      return;
    }
    if (req.method === "PUT") {
      objects.set(key, { bytes: body, contentType: req.headers["content-type"] ?? "binary/octet-stream" });
      res.writeHead(200, { etag: `"${body.length}"` }).end();
    } else if (req.method === "GET") {
      const found = objects.get(key);
      if (!found) {
        res.writeHead(404, { "content-type": "application/xml" }).end(xmlError("NoSuchKey", "The specified key does not exist."));
        return;
      }
      res
        .writeHead(200, { "content-type": found.contentType, "content-length": String(found.bytes.length), etag: `"${found.bytes.length}"`, "last-modified": new Date().toUTCString() })
        .end(found.bytes);
    } else if (req.method === "DELETE") {
      objects.delete(key);
      res.writeHead(204).end();
    } else {
      res.writeHead(405, { "content-type": "application/xml" }).end(xmlError("MethodNotAllowed", "Method not allowed"));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  objects.clear();
  requests.length = 0;
});

const storage = () =>
  new S3Storage({ bucket: "media-bucket", region: "us-east-1", endpoint, forcePathStyle: true, accessKeyId: "test-key", secretAccessKey: "test-secret" });

describe("S3Storage against a path-style S3-compatible server", () => {
  it("puts, gets and deletes an object with its content type", async () => {
    const s3 = storage();
    const bytes = new Uint8Array([1, 2, 3, 250, 0, 7]);
    await s3.put("store1/images/m1/w320.webp", bytes, "image/webp");
    expect(objects.get("store1/images/m1/w320.webp")).toEqual({ bytes: Buffer.from(bytes), contentType: "image/webp" });
    expect(requests[0]).toMatchObject({ method: "PUT", url: "/media-bucket/store1/images/m1/w320.webp" });

    const object = await s3.get("store1/images/m1/w320.webp");
    expect(object).not.toBeNull();
    expect(object!.contentType).toBe("image/webp");
    expect(object!.size).toBe(6);
    expect(new Uint8Array(await readAllBytes(object!.body))).toEqual(bytes);

    await s3.delete("store1/images/m1/w320.webp");
    expect(objects.has("store1/images/m1/w320.webp")).toBe(false);
    expect(await s3.get("store1/images/m1/w320.webp")).toBeNull();
    s3.destroy();
  });

  it("answers null for a missing key and tolerates deleting one", async () => {
    const s3 = storage();
    expect(await s3.get("store1/files/none/report.pdf")).toBeNull();
    await expect(s3.delete("store1/files/none/report.pdf")).resolves.toBeUndefined();
    s3.destroy();
  });

  it("signs every request with the configured credentials", async () => {
    const s3 = new S3Storage({ bucket: "media-bucket", region: "us-east-1", endpoint, forcePathStyle: true, accessKeyId: "wrong-key", secretAccessKey: "x" });
    await expect(s3.put("store1/a/b", new Uint8Array([1]), "image/png")).rejects.toThrow(/Access Denied/);
    expect(objects.size).toBe(0);
    s3.destroy();
  });

  it("refuses unsafe keys before any request is made", async () => {
    const s3 = storage();
    for (const key of ["../etc/passwd", "/abs/key", "store1/../other/x", "store1//x", "single", "store1\\x"]) {
      await expect(s3.put(key, new Uint8Array([1]), "image/png")).rejects.toThrow("Invalid storage key");
      await expect(s3.get(key)).rejects.toThrow("Invalid storage key");
    }
    expect(requests).toHaveLength(0);
    s3.destroy();
  });
});
