/**
 * The dashboard's copy of the media route: only signed-in staff of the store named in the path
 * see its images, and only that store's images. The session is a mock of getPlatformActor;
 * membership lookup, permissions, tenant door and storage are real.
 */
import { rm } from "node:fs/promises";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { disconnectDb } from "@/server/db";
import { uploadFile, uploadImage, type TMediaView } from "@/server/media";
import { createStoresAB, session } from "../../../dashboard-test-support";

const { storageDir, restoreEnv } = vi.hoisted(() => {
  const saved = { STORAGE_DIR: process.env.STORAGE_DIR, S3_BUCKET: process.env.S3_BUCKET };
  const restoreEnv = () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  const dir = `${process.env.TMPDIR ?? "/tmp"}/ecom-dashboard-media-${Math.random().toString(36).slice(2)}`;
  process.env.STORAGE_DIR = dir;
  delete process.env.S3_BUCKET;
  return { storageDir: dir, restoreEnv };
});
vi.mock("@/server/http/platform-auth", async (original) => (await import("../../../dashboard-test-session")).mockPlatformAuth(original));

const { GET } = await import("./route");

const system = { kind: "system" as const };
let a: { id: string; slug: string };
let b: { id: string; slug: string };
let ownerA: string;
let supportA: string;
let ownerB: string;
let imageA: TMediaView;
let imageB: TMediaView;
let fileA: TMediaView;

const fetchMedia = (slug: string, id: string, width: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost:3000/dashboard/${slug}/media/${id}/${width}`, { headers }), { params: Promise.resolve({ store: slug, id, width }) });

beforeAll(async () => {
  ({ a, b, ownerA, memberA: supportA, ownerB } = await createStoresAB("dm", { a: { name: "Media A" }, b: { name: "Media B" } }));
  const png = (colour: string) => sharp({ create: { width: 700, height: 500, channels: 3, background: colour } }).png().toBuffer();
  imageA = await uploadImage(a.id, system, { bytes: await png("#16a085"), filename: "a.png" });
  imageB = await uploadImage(b.id, system, { bytes: await png("#c0392b"), filename: "b.png" });
  fileA = await uploadFile(a.id, system, { bytes: Buffer.from("%PDF-1.4 private"), filename: "a.pdf" });
});
beforeEach(() => {
  session.userId = null;
});
afterAll(async () => {
  await disconnectDb();
  await rm(storageDir, { recursive: true, force: true });
  restoreEnv();
});

describe("GET /dashboard/{store}/media/{id}/{width}", () => {
  it("serves the store's rendition to its staff, privately cached, with the store route's headers", async () => {
    for (const userId of [ownerA, supportA]) {
      session.userId = userId;
      const res = await fetchMedia(a.slug, imageA.id, "160");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/webp");
      expect(res.headers.get("cache-control")).toBe("private, max-age=3600");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("etag")).toBe(`"${imageA.id}-160"`);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(res.headers.get("content-length")).toBe(String(bytes.length));
      expect(await sharp(bytes).metadata()).toMatchObject({ format: "webp", width: 160 });
    }
    const orig = await fetchMedia(a.slug, imageA.id, "orig");
    expect(orig.headers.get("content-type")).toBe("image/png");
  });

  it("answers 304 to a matching If-None-Match, keeping the private Cache-Control", async () => {
    session.userId = ownerA;
    const res = await fetchMedia(a.slug, imageA.id, "320", { "if-none-match": `W/"${imageA.id}-320"` });
    expect(res.status).toBe(304);
    expect(res.headers.get("cache-control")).toBe("private, max-age=3600");
    expect(await res.text()).toBe("");
  });

  it("is 404 for another store's image id, a FILE, and malformed ids or widths, naming nothing", async () => {
    session.userId = ownerA;
    for (const [id, width] of [[imageB.id, "160"], [imageB.id, "orig"], [fileA.id, "orig"], [imageA.id, "abc"], ["../../etc/passwd", "160"]] as const) {
      const res = await fetchMedia(a.slug, id, width);
      expect(res.status).toBe(404);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.text()).not.toContain(imageB.id);
    }
    session.userId = ownerB;
    expect((await fetchMedia(b.slug, imageB.id, "160")).status).toBe(200);
  });

  it("is 404 to a user who is not staff of the store in the path, even for that store's own image", async () => {
    session.userId = ownerB;
    const res = await fetchMedia(a.slug, imageA.id, "160");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).not.toContain("image/");
    expect(res.headers.get("cache-control")).not.toContain("max-age=3600");
  });

  it("refuses a signed-out request without serving bytes", async () => {
    const res = await fetchMedia(a.slug, imageA.id, "160");
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).not.toContain("image/");
    expect(res.headers.get("etag")).toBeNull();
  });
});
