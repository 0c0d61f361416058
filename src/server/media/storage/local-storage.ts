import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertValidKey, type TStorage, type TStoredObject } from "./storage";

/**
 * Local-disk storage under one root folder (STORAGE_DIR, git-ignored). Object bytes live in
 * `<root>/objects/<key>` and their content type in `<root>/types/<key>`. Every write goes to
 * a temporary file in the same folder, is flushed, then renamed over the target, so a reader
 * sees the old object or the new one, never half of one.
 */
export class LocalStorage implements TStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathsOf(key: string): { object: string; type: string } {
    assertValidKey(key);
    const object = path.join(this.root, "objects", ...key.split("/"));
    const type = path.join(this.root, "types", ...key.split("/"));
    // Defence in depth: the key pattern already rules this out.
    if (!object.startsWith(this.root + path.sep) || !type.startsWith(this.root + path.sep)) {
      throw new Error("Storage key escapes the storage root");
    }
    return { object, type };
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const paths = this.pathsOf(key);
    await writeAtomically(paths.type, Buffer.from(contentType, "utf8"));
    await writeAtomically(paths.object, bytes);
  }

  async get(key: string): Promise<TStoredObject | null> {
    const paths = this.pathsOf(key);
    let handle;
    try {
      handle = await open(paths.object, "r");
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      const contentType = await readFile(paths.type, "utf8").catch((error: unknown) => {
        if (isMissing(error)) return "application/octet-stream";
        throw error;
      });
      const stream = createReadStream(paths.object, { fd: handle, autoClose: true });
      return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, contentType, size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const paths = this.pathsOf(key);
    await rm(paths.object, { force: true });
    await rm(paths.type, { force: true });
    // Tidy the object's folder when it became empty; a folder still in use stays.
    await Promise.all([rmdir(path.dirname(paths.object)).catch(() => {}), rmdir(path.dirname(paths.type)).catch(() => {})]);
  }
}

async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx", 0o640);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
