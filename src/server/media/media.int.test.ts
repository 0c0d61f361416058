import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { deleteMedia, getMedia, listMedia, mediaStorage, updateMediaAlt, uploadFile, uploadImage } from "@/server/media";
import { addProduct, placeTestOrder } from "@/server/orders/int-test-support";
import { readAllBytes } from "./storage/storage";

const { storageDir, restoreEnv } = vi.hoisted(() => {
  const saved = { STORAGE_DIR: process.env.STORAGE_DIR, MEDIA_MAX_BYTES: process.env.MEDIA_MAX_BYTES, S3_BUCKET: process.env.S3_BUCKET };
  const restoreEnv = () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  const dir = `${process.env.TMPDIR ?? "/tmp"}/ecom-media-int-${Math.random().toString(36).slice(2)}`;
  process.env.STORAGE_DIR = dir;
  process.env.MEDIA_MAX_BYTES = "300000";
  delete process.env.S3_BUCKET;
  return { storageDir: dir, restoreEnv };
});

const run = Math.random().toString(36).slice(2, 8);
const actor = { kind: "user" as const, userId: "user-media-test" };
let storeA: { id: string; slug: string };
let storeB: { id: string; slug: string };

async function store(prefix: string) {
  return platformDb().store.create({ data: { slug: `${prefix}-${run}`, name: `${prefix} ${run}`, country: "US", currency: "USD", timeZone: "UTC" }, select: { id: true, slug: true } });
}

const image = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#8e44ad" } });

/** Every object key stored for a store (relative to the local storage's objects/ folder). */
async function storedKeys(storeId: string): Promise<string[]> {
  const dir = path.join(storageDir, "objects", storeId);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(path.join(storageDir, "objects"), path.join(e.parentPath, e.name))).sort();
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  storeA = await store("media-a");
  storeB = await store("media-b");
});
afterAll(async () => {
  await disconnectDb();
  await rm(storageDir, { recursive: true, force: true });
  restoreEnv();
});

describe("uploadImage", () => {
  it("stores the original, a full-size copy and WebP renditions, then the row, audit entry and event", async () => {
    const bytes = await image(700, 350).png().toBuffer();
    const media = await uploadImage(storeA.id, actor, { bytes, filename: "photo.jpg", alt: "  A purple card " });
    expect(media).toMatchObject({ kind: "IMAGE", mimeType: "image/png", width: 700, height: 350, alt: "A purple card", byteSize: bytes.length });
    expect(media.id).toMatch(/^c[0-9a-z]{24}$/);
    expect(media.urls).toEqual({
      "160": `/media/${media.id}/160`,
      "320": `/media/${media.id}/320`,
      "640": `/media/${media.id}/640`,
      "700": `/media/${media.id}/700`,
      orig: `/media/${media.id}/orig`,
    });
    const base = `${storeA.id}/images/${media.id}`;
    expect((await storedKeys(storeA.id)).filter((k) => k.startsWith(base))).toEqual(
      [`${base}/full`, `${base}/original`, `${base}/w160.webp`, `${base}/w320.webp`, `${base}/w640.webp`, `${base}/w700.webp`].sort(),
    );
    const storage = await mediaStorage();
    const original = await storage.get(`${base}/original`);
    expect(await readAllBytes(original!.body)).toEqual(bytes);
    const w320 = await storage.get(`${base}/w320.webp`);
    expect(w320!.contentType).toBe("image/webp");
    expect(await sharp(await readAllBytes(w320!.body)).metadata()).toMatchObject({ format: "webp", width: 320, height: 160 });

    const db = storeDb(storeA.id);
    expect(await db.outboxEvent.findMany({ where: { type: "media.created", payload: { equals: { mediaId: media.id, kind: "IMAGE" } } } })).toHaveLength(1);
    expect(await db.auditLogEntry.count({ where: { action: "media.created", targetId: media.id, actorId: actor.userId } })).toBe(1);
  });

  it("decides the type from the bytes: a .png name with JPEG bytes is a JPEG, AVIF and WebP are accepted", async () => {
    const jpeg = await uploadImage(storeA.id, actor, { bytes: await image(50, 40).jpeg().toBuffer(), filename: "x.png" });
    expect(jpeg).toMatchObject({ mimeType: "image/jpeg", width: 50, height: 40 });
    expect((await uploadImage(storeA.id, actor, { bytes: await image(200, 100).avif().toBuffer(), filename: "a" })).mimeType).toBe("image/avif");
    expect((await uploadImage(storeA.id, actor, { bytes: await image(200, 100).webp().toBuffer(), filename: "a" })).mimeType).toBe("image/webp");
  });

  it("refuses SVG, HTML and GIF (415), undecodable bytes (422) and oversized files (413), storing nothing", async () => {
    const before = await storedKeys(storeA.id);
    const count = await storeDb(storeA.id).mediaAsset.count();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await refusal(uploadImage(storeA.id, actor, { bytes: svg, filename: "logo.jpg" }))).status).toBe(415);
    expect((await refusal(uploadImage(storeA.id, actor, { bytes: Buffer.from("<html><body>hi</body></html>"), filename: "a.png" }))).status).toBe(415);
    expect((await refusal(uploadImage(storeA.id, actor, { bytes: await image(20, 20).gif().toBuffer(), filename: "a.gif" }))).status).toBe(415);
    const jpeg = await image(300, 300).jpeg().toBuffer();
    expect((await refusal(uploadImage(storeA.id, actor, { bytes: jpeg.subarray(0, 200), filename: "a.jpg" }))).status).toBe(422);
    expect((await refusal(uploadImage(storeA.id, actor, { bytes: Buffer.alloc(0), filename: "a.jpg" }))).status).toBe(422);
    const big = Buffer.concat([jpeg, Buffer.alloc(300_001)]);
    const tooBig = await refusal(uploadImage(storeA.id, actor, { bytes: big, filename: "a.jpg" }));
    expect(tooBig.status).toBe(413);
    expect(tooBig.details).toMatchObject({ maxBytes: 300_000 });
    expect(await storedKeys(storeA.id)).toEqual(before);
    expect(await storeDb(storeA.id).mediaAsset.count()).toBe(count);
  });

  it("removes the stored files again when the database write fails", async () => {
    const missingStore = `nostore${run}`;
    await expect(uploadImage(missingStore, actor, { bytes: await image(400, 300).jpeg().toBuffer(), filename: "a.jpg" })).rejects.toThrow();
    expect(await storedKeys(missingStore)).toEqual([]);
  });
});

describe("uploadFile", () => {
  it("stores any type privately under files/ with a safe name, kind FILE, no public URLs", async () => {
    const bytes = Buffer.from("%PDF-1.7\nsome pdf");
    const media = await uploadFile(storeA.id, actor, { bytes, filename: "../Guide Book.pdf", declaredType: "text/html" });
    expect(media).toMatchObject({ kind: "FILE", mimeType: "application/pdf", filename: "Guide-Book.pdf", width: null, alt: null, urls: {} });
    expect(await storedKeys(storeA.id)).toContain(`${storeA.id}/files/${media.id}/Guide-Book.pdf`);
    expect((await refusal(uploadFile(storeA.id, actor, { bytes: Buffer.alloc(300_001), filename: "big.zip" }))).status).toBe(413);
  });
});

describe("list, alt text and delete", () => {
  it("lists only the store's own media, newest first, by kind", async () => {
    const mine = await uploadImage(storeB.id, actor, { bytes: await image(100, 100).png().toBuffer(), filename: "b.png" });
    const page = await listMedia(storeB.id, { pageSize: 100 });
    expect(page.items.map((m) => m.id)).toEqual([mine.id]);
    expect(page.total).toBe(1);
    const files = await listMedia(storeA.id, { kind: "file" });
    expect(files.items.every((m) => m.kind === "FILE")).toBe(true);
    expect((await listMedia(storeA.id, { pageSize: 100 })).items.map((m) => m.id)).not.toContain(mine.id);
  });

  it("updates and clears alt text; another store's id is not found and unchanged", async () => {
    const media = await uploadImage(storeA.id, actor, { bytes: await image(100, 80).png().toBuffer(), filename: "a.png" });
    expect((await updateMediaAlt(storeA.id, actor, media.id, { alt: "Red mug" })).alt).toBe("Red mug");
    expect((await updateMediaAlt(storeA.id, actor, media.id, { alt: "" })).alt).toBeNull();
    expect((await refusal(updateMediaAlt(storeB.id, actor, media.id, { alt: "hijack" }))).status).toBe(404);
    expect(await getMedia(storeB.id, media.id)).toBeNull();
    expect((await getMedia(storeA.id, media.id))?.alt).toBeNull();
    expect(await storeDb(storeA.id).outboxEvent.count({ where: { type: "media.updated", payload: { path: "$.mediaId", equals: media.id } } })).toBe(2);
  });

  it("deletes the row and every file; another store cannot delete it", async () => {
    const media = await uploadImage(storeA.id, actor, { bytes: await image(500, 250).jpeg().toBuffer(), filename: "a.jpg" });
    const base = `${storeA.id}/images/${media.id}/`;
    expect((await storedKeys(storeA.id)).filter((k) => k.startsWith(base))).toHaveLength(5);
    expect((await refusal(deleteMedia(storeB.id, actor, media.id))).status).toBe(404);
    expect((await storedKeys(storeA.id)).filter((k) => k.startsWith(base))).toHaveLength(5);

    await deleteMedia(storeA.id, actor, media.id);
    expect(await getMedia(storeA.id, media.id)).toBeNull();
    expect((await storedKeys(storeA.id)).filter((k) => k.startsWith(base))).toEqual([]);
    expect(await storeDb(storeA.id).outboxEvent.count({ where: { type: "media.deleted", payload: { path: "$.mediaId", equals: media.id } } })).toBe(1);
    expect((await refusal(deleteMedia(storeA.id, actor, media.id))).status).toBe(404);
  });

  it("refuses to delete the store's logo (409) and keeps its files", async () => {
    const media = await uploadImage(storeB.id, actor, { bytes: await image(200, 200).png().toBuffer(), filename: "logo.png" });
    await platformDb().store.update({ where: { id: storeB.id }, data: { logoMediaId: media.id } });
    const error = await refusal(deleteMedia(storeB.id, actor, media.id));
    expect(error.status).toBe(409);
    expect(await getMedia(storeB.id, media.id)).not.toBeNull();
    await platformDb().store.update({ where: { id: storeB.id }, data: { logoMediaId: null } });
    await deleteMedia(storeB.id, actor, media.id);
  });

  it("refuses to delete a file bought in an order (409) until that order is cancelled; another store's orders do not count", async () => {
    const file = await uploadFile(storeA.id, actor, { bytes: Buffer.from("pattern-pdf"), filename: "pattern.pdf" });
    const { variantIds } = await addProduct(storeA.id, [{ trackInventory: false }], "DIGITAL");
    const order = await placeTestOrder(storeA.id, { lines: [{ variantId: variantIds[0]!, quantity: 1, type: "DIGITAL" }] });
    await storeDb(storeA.id).orderLine.updateMany({ where: { orderId: order.orderId }, data: { digitalMediaId: file.id } });

    const error = await refusal(deleteMedia(storeA.id, actor, file.id));
    expect(error.status).toBe(409);
    expect(error.details).toEqual({ usedBy: ["file bought in orders (its buyers download it from their order pages)"] });
    expect(await getMedia(storeA.id, file.id)).not.toBeNull();
    expect(await storedKeys(storeA.id)).toContain(`${storeA.id}/files/${file.id}/pattern.pdf`);

    // An order line of store B naming the same id (it cannot be B's file) is not store A's business.
    const other = await addProduct(storeB.id, [{ trackInventory: false }], "DIGITAL");
    const otherOrder = await placeTestOrder(storeB.id, { lines: [{ variantId: other.variantId, quantity: 1, type: "DIGITAL" }] });
    await storeDb(storeB.id).orderLine.updateMany({ where: { orderId: otherOrder.orderId }, data: { digitalMediaId: file.id } });

    await storeDb(storeA.id).order.update({ where: { id: order.orderId }, data: { status: "CANCELLED" } });
    await deleteMedia(storeA.id, actor, file.id);
    expect(await getMedia(storeA.id, file.id)).toBeNull();
  });

  it("deletes a file's stored object", async () => {
    const media = await uploadFile(storeA.id, actor, { bytes: Buffer.from("zip-ish"), filename: "pack.bin" });
    await deleteMedia(storeA.id, actor, media.id);
    expect(await storedKeys(storeA.id)).not.toContain(`${storeA.id}/files/${media.id}/pack.bin`);
  });
});
