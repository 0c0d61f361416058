import { rm } from "node:fs/promises";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { disconnectDb, platformDb } from "@/server/db";
import { uploadFile, uploadImage, type TMediaView } from "@/server/media";
import { invalidateStoreCache } from "@/server/tenancy";
import { GET } from "./route";

const { storageDir, restoreEnv } = vi.hoisted(() => {
  const saved = { STORAGE_DIR: process.env.STORAGE_DIR, MEDIA_MAX_BYTES: process.env.MEDIA_MAX_BYTES, S3_BUCKET: process.env.S3_BUCKET };
  const restoreEnv = () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  const dir = `${process.env.TMPDIR ?? "/tmp"}/ecom-media-route-${Math.random().toString(36).slice(2)}`;
  process.env.STORAGE_DIR = dir;
  delete process.env.S3_BUCKET;
  return { storageDir: dir, restoreEnv };
});

const run = Math.random().toString(36).slice(2, 8);
const actor = { kind: "system" as const };
let storeA: { id: string; slug: string };
let storeB: { id: string; slug: string };
let imageA: TMediaView;
let imageB: TMediaView;
let fileB: TMediaView;

async function store(prefix: string) {
  return platformDb().store.create({ data: { slug: `${prefix}-${run}`, name: `${prefix} ${run}`, country: "US", currency: "USD", timeZone: "UTC" }, select: { id: true, slug: true } });
}

/** What the proxy produces for GET https://<slug>.<root>/media/<id>/<width>. */
const fetchMedia = (slug: string, id: string, width: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost:3000/s/${slug}/media/${id}/${width}`, { headers }), { params: Promise.resolve({ store: slug, id, width }) });

beforeAll(async () => {
  storeA = await store("serve-a");
  storeB = await store("serve-b");
  const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#16a085" } }).png().toBuffer();
  imageA = await uploadImage(storeA.id, actor, { bytes: png, filename: "a.png" });
  imageB = await uploadImage(storeB.id, actor, { bytes: await sharp({ create: { width: 400, height: 400, channels: 3, background: "#000" } }).jpeg().toBuffer(), filename: "b.jpg" });
  fileB = await uploadFile(storeB.id, actor, { bytes: Buffer.from("%PDF-1.4 secret"), filename: "secret.pdf" });
});
afterAll(async () => {
  await disconnectDb();
  await rm(storageDir, { recursive: true, force: true });
  restoreEnv();
});

describe("GET /media/{id}/{width} on a store host", () => {
  it("streams the nearest rendition at least as wide, immutable and nosniff", async () => {
    const res = await fetchMedia(storeA.slug, imageA.id, "300");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/webp");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("etag")).toBe(`"${imageA.id}-320"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
    expect(await sharp(bytes).metadata()).toMatchObject({ format: "webp", width: 320 });

    const largest = await fetchMedia(storeA.slug, imageA.id, "5000");
    expect((await sharp(Buffer.from(await largest.arrayBuffer())).metadata()).width).toBe(900);
  });

  it("serves the metadata-free full-size copy as orig, in the original format", async () => {
    const res = await fetchMedia(storeA.slug, imageA.id, "orig");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(await sharp(Buffer.from(await res.arrayBuffer())).metadata()).toMatchObject({ format: "png", width: 900, height: 600 });
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const res = await fetchMedia(storeA.slug, imageA.id, "640", { "if-none-match": `"${imageA.id}-640"` });
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe(`"${imageA.id}-640"`);
    expect(await res.text()).toBe("");
  });

  it("is a plain 404 for another store's media id, with nothing of it in the response", async () => {
    for (const width of ["160", "320", "orig"]) {
      const res = await fetchMedia(storeA.slug, imageB.id, width);
      expect(res.status).toBe(404);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const text = await res.text();
      expect(text).toBe("Not found");
      expect(text).not.toContain(imageB.id);
    }
    expect((await fetchMedia(storeB.slug, imageB.id, "160")).status).toBe(200);
    expect((await fetchMedia(storeB.slug, imageA.id, "160")).status).toBe(404);
  });

  it("never serves a FILE, even on its own store's host", async () => {
    for (const width of ["160", "orig", "1600"]) expect((await fetchMedia(storeB.slug, fileB.id, width)).status).toBe(404);
  });

  it("is 404 for unknown ids, malformed widths and ids, unknown and suspended stores", async () => {
    expect((await fetchMedia(storeA.slug, "cnosuchmedia000000000000", "320")).status).toBe(404);
    for (const width of ["0", "abc", "320.webp", "-1", "999999", "../orig"]) expect((await fetchMedia(storeA.slug, imageA.id, width)).status).toBe(404);
    expect((await fetchMedia(storeA.slug, "../../etc/passwd", "320")).status).toBe(404);
    expect((await fetchMedia(`nostore-${run}`, imageA.id, "320")).status).toBe(404);
    await platformDb().store.update({ where: { id: storeA.id }, data: { status: "SUSPENDED" } });
    invalidateStoreCache({ slug: storeA.slug });
    expect((await fetchMedia(storeA.slug, imageA.id, "320")).status).toBe(404);
    await platformDb().store.update({ where: { id: storeA.id }, data: { status: "ACTIVE" } });
    invalidateStoreCache({ slug: storeA.slug });
    expect((await fetchMedia(storeA.slug, imageA.id, "320")).status).toBe(200);
  });
});
