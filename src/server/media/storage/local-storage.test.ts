import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalStorage } from "./local-storage";
import { readAllBytes } from "./storage";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "ecom-local-storage-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe("LocalStorage", () => {
  it("round-trips bytes and content type, and deletes", async () => {
    const storage = new LocalStorage(root);
    const bytes = Buffer.from("hello media");
    await storage.put("storeA/images/m1/original", bytes, "image/png");
    const object = await storage.get("storeA/images/m1/original");
    expect(object).toMatchObject({ contentType: "image/png", size: bytes.length });
    expect(await readAllBytes(object!.body)).toEqual(bytes);
    expect(await readFile(path.join(root, "objects", "storeA", "images", "m1", "original"))).toEqual(bytes);

    await storage.delete("storeA/images/m1/original");
    expect(await storage.get("storeA/images/m1/original")).toBeNull();
    await expect(stat(path.join(root, "objects", "storeA", "images", "m1"))).rejects.toThrow();
    await expect(storage.delete("storeA/images/m1/original")).resolves.toBeUndefined();
  });

  it("answers null for a key that was never written", async () => {
    expect(await new LocalStorage(root).get("storeA/images/none/w320.webp")).toBeNull();
  });

  it("replaces atomically: concurrent writers leave one complete object and no temp files", async () => {
    const storage = new LocalStorage(root);
    const versions = Array.from({ length: 8 }, (_, i) => Buffer.alloc(256 * 1024, i + 1));
    await Promise.all(versions.map((v) => storage.put("storeA/files/f1/big.bin", v, "application/octet-stream")));
    const read = await readAllBytes((await storage.get("storeA/files/f1/big.bin"))!.body);
    expect(read.length).toBe(256 * 1024);
    expect(versions.some((v) => v.equals(read))).toBe(true);
    const files = await listAll(path.join(root, "objects", "storeA", "files", "f1"));
    expect(files).toEqual(["big.bin"]);
  });

  it("refuses keys that could escape the root or hide files", async () => {
    const storage = new LocalStorage(root);
    const bad = ["../outside", "storeA/../../etc/passwd", "/etc/passwd", "storeA/./x", "storeA/.hidden", "storeA//x", "storeA\\..\\x", "storeA", "", "storeA/x y", `storeA/${"a".repeat(300)}`];
    for (const key of bad) {
      await expect(storage.put(key, Buffer.from("x"), "text/plain")).rejects.toThrow("Invalid storage key");
      await expect(storage.get(key)).rejects.toThrow("Invalid storage key");
      await expect(storage.delete(key)).rejects.toThrow("Invalid storage key");
    }
    await expect(stat(path.join(root, "..", "outside"))).rejects.toThrow();
    await expect(stat(path.join(root, "objects", "..", "outside"))).rejects.toThrow();
  });
});
