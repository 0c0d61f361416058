import { createHash, randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TPermission } from "@/server/access";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { mediaStorage } from "@/server/media";

const { storageDir, restoreEnv } = vi.hoisted(() => {
  const saved = { STORAGE_DIR: process.env.STORAGE_DIR, MEDIA_MAX_BYTES: process.env.MEDIA_MAX_BYTES, S3_BUCKET: process.env.S3_BUCKET };
  const restoreEnv = () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  const dir = `${process.env.TMPDIR ?? "/tmp"}/ecom-media-api-${Math.random().toString(36).slice(2)}`;
  process.env.STORAGE_DIR = dir;
  process.env.MEDIA_MAX_BYTES = "300000";
  delete process.env.S3_BUCKET;
  return { storageDir: dir, restoreEnv };
});

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/http/platform-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/http/platform-auth")>()),
  getPlatformActor: async () => (session.userId ? { userId: session.userId, name: "Test", isPlatformAdmin: false } : null),
}));

const collection = await import("./route");
const item = await import("./[id]/route");

const run = Math.random().toString(36).slice(2, 8);
const BASE = "http://localhost:3000/api/v1/admin/media";
let storeA: { id: string; slug: string };
let storeB: { id: string; slug: string };
let supportA: string;
let writerA: string;
let readerA: string;
let writerB: string;

async function store(prefix: string) {
  return platformDb().store.create({ data: { slug: `${prefix}-${run}`, name: `${prefix} ${run}`, country: "US", currency: "USD", timeZone: "UTC" }, select: { id: true, slug: true } });
}

async function keyFor(storeId: string, scopes: TPermission[]): Promise<string> {
  const db = storeDb(storeId);
  const row = await db.apiKey.create({ data: { storeId, name: "test", prefix: "ek_", secretHash: "", scopes } });
  const key = `ek_${row.id}_${randomBytes(32).toString("base64url")}`;
  await db.apiKey.update({ where: { id: row.id }, data: { secretHash: createHash("sha256").update(key).digest("hex") } });
  return key;
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const png = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: "#e67e22" } }).png().toBuffer();

function upload(key: string | null, parts: { file?: { bytes: Uint8Array; name: string; type?: string }; alt?: string; kind?: string }, query = "") {
  const form = new FormData();
  if (parts.file) form.set("file", new Blob([new Uint8Array(parts.file.bytes)], { type: parts.file.type ?? "application/octet-stream" }), parts.file.name);
  if (parts.alt !== undefined) form.set("alt", parts.alt);
  if (parts.kind !== undefined) form.set("kind", parts.kind);
  return collection.POST(new Request(`${BASE}${query}`, { method: "POST", body: form, headers: key ? bearer(key) : {} }));
}

const one = (method: "GET" | "PATCH" | "DELETE", id: string, key: string, body?: unknown) => {
  const req = new Request(`${BASE}/${id}`, {
    method,
    headers: { ...bearer(key), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return item[method](req, { params: Promise.resolve({ id }) });
};

beforeAll(async () => {
  storeA = await store("api-media-a");
  storeB = await store("api-media-b");
  supportA = (await platformDb().platformUser.create({ data: { email: `media-support-${run}@example.com`, name: "Support", passwordHash: "x" } })).id;
  await storeDb(storeA.id).storeMembership.create({ data: { storeId: storeA.id, userId: supportA, role: "SUPPORT" } });
  writerA = await keyFor(storeA.id, ["catalog:read", "catalog:write"]);
  readerA = await keyFor(storeA.id, ["catalog:read"]);
  writerB = await keyFor(storeB.id, ["catalog:read", "catalog:write"]);
});
beforeEach(() => {
  session.userId = null;
});
afterAll(async () => {
  await disconnectDb();
  await rm(storageDir, { recursive: true, force: true });
  restoreEnv();
});

describe("POST /api/v1/admin/media", () => {
  it("uploads an image from multipart form data and answers 201 with its URLs", async () => {
    const res = await upload(writerA, { file: { bytes: await png(800, 400), name: "banner.jpg", type: "image/jpeg" }, alt: "Orange banner" });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ kind: "IMAGE", mimeType: "image/png", width: 800, height: 400, alt: "Orange banner" });
    expect(body.urls).toEqual({
      "160": `/media/${body.id}/160`,
      "320": `/media/${body.id}/320`,
      "640": `/media/${body.id}/640`,
      "800": `/media/${body.id}/800`,
      orig: `/media/${body.id}/orig`,
    });
    expect(await (await mediaStorage()).get(`${storeA.id}/images/${body.id}/w320.webp`)).not.toBeNull();
  });

  it("uploads a digital good as kind=file", async () => {
    const res = await upload(writerA, { file: { bytes: Buffer.from("%PDF-1.5 book"), name: "book.pdf" }, kind: "file" });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ kind: "FILE", mimeType: "application/pdf", filename: "book.pdf", urls: {} });
  });

  it("refuses an SVG named .png (415), a missing file (422), a non-multipart body (415) and oversize bodies (413)", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const refused = await upload(writerA, { file: { bytes: svg, name: "logo.png", type: "image/png" } });
    expect(refused.status).toBe(415);
    expect((await refused.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect((await upload(writerA, { alt: "no file" })).status).toBe(422);
    const json = await collection.POST(new Request(BASE, { method: "POST", headers: { ...bearer(writerA), "content-type": "application/json" }, body: "{}" }));
    expect(json.status).toBe(415);
    const declared = await collection.POST(
      new Request(BASE, { method: "POST", headers: { ...bearer(writerA), "content-type": "multipart/form-data; boundary=x", "content-length": "10000000" }, body: "--x--" }),
    );
    expect(declared.status).toBe(413);
    const streamed = await collection.POST(
      new Request(BASE, { method: "POST", headers: { ...bearer(writerA), "content-type": "multipart/form-data; boundary=x" }, body: Buffer.alloc(400_000, 0x61) }),
    );
    expect(streamed.headers.get("content-length")).toBeNull();
    expect(streamed.status).toBe(413);
    const actual = await upload(writerA, { file: { bytes: Buffer.concat([await png(10, 10), Buffer.alloc(300_001)]), name: "big.png" } });
    expect(actual.status).toBe(413);
    expect((await upload(writerA, { file: { bytes: await png(10, 10), name: "x.png" }, kind: "video" })).status).toBe(422);
  });

  it("needs catalog:write (403 for a read-only key or a support member) and credentials (401)", async () => {
    expect((await upload(readerA, { file: { bytes: await png(10, 10), name: "x.png" } })).status).toBe(403);
    expect((await upload(null, { file: { bytes: await png(10, 10), name: "x.png" } })).status).toBe(401);
    session.userId = supportA;
    expect((await upload(null, { file: { bytes: await png(10, 10), name: "x.png" } }, `?store=${storeA.slug}`)).status).toBe(403);
    expect((await upload(null, { file: { bytes: await png(10, 10), name: "x.png" } }, `?store=${storeB.slug}`)).status).toBe(404);
  });
});

describe("GET, PATCH and DELETE", () => {
  it("lists the key's store only, paged", async () => {
    const mine = await (await upload(writerB, { file: { bytes: await png(30, 30), name: "b.png" } })).json();
    const res = await collection.GET(new Request(`${BASE}?pageSize=100`, { headers: bearer(writerB) }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 100 });
    expect(body.items.map((m: { id: string }) => m.id)).toEqual([mine.id]);
    const listA = await (await collection.GET(new Request(`${BASE}?pageSize=100`, { headers: bearer(readerA) }))).text();
    expect(listA).not.toContain(mine.id);
    expect((await collection.GET(new Request(`${BASE}?pageSize=101`, { headers: bearer(readerA) }))).status).toBe(422);
  });

  it("reads and updates alt text; another store's media is 404 and untouched", async () => {
    const media = await (await upload(writerA, { file: { bytes: await png(60, 60), name: "a.png" }, alt: "Before" })).json();
    expect((await (await one("GET", media.id, readerA)).json()).alt).toBe("Before");
    const patched = await one("PATCH", media.id, writerA, { alt: "After" });
    expect(patched.status).toBe(200);
    expect((await patched.json()).alt).toBe("After");
    expect((await one("PATCH", media.id, readerA, { alt: "x" })).status).toBe(403);
    expect((await one("PATCH", media.id, writerA, { alt: "x".repeat(256) })).status).toBe(422);

    const foreign = await one("PATCH", media.id, writerB, { alt: "Hijacked" });
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain("After");
    const foreignGet = await one("GET", media.id, writerB);
    expect(foreignGet.status).toBe(404);
    expect(await foreignGet.text()).not.toContain("After");
    expect((await one("DELETE", media.id, writerB)).status).toBe(404);
    expect((await (await one("GET", media.id, readerA)).json()).alt).toBe("After");
  });

  it("deletes the media and its files (204), then 404", async () => {
    const media = await (await upload(writerA, { file: { bytes: await png(200, 100), name: "d.png" } })).json();
    const storage = await mediaStorage();
    expect(await storage.get(`${storeA.id}/images/${media.id}/w160.webp`)).not.toBeNull();
    expect((await one("DELETE", media.id, readerA)).status).toBe(403);
    const res = await one("DELETE", media.id, writerA);
    expect(res.status).toBe(204);
    for (const key of ["original", "full", "w160.webp", "w200.webp"]) expect(await storage.get(`${storeA.id}/images/${media.id}/${key}`)).toBeNull();
    expect((await one("GET", media.id, readerA)).status).toBe(404);
    expect((await one("DELETE", media.id, writerA)).status).toBe(404);
  });
});
