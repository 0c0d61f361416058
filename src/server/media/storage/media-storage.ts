import "server-only";
import { env } from "@/env";
import { LocalStorage } from "./local-storage";
import type { TStorage } from "./storage";

let instance: Promise<TStorage> | undefined;

/**
 * The configured media storage, made once per process: an S3 bucket when S3_BUCKET is set,
 * otherwise local disk under STORAGE_DIR. The S3 SDK is loaded only when a bucket is used.
 */
export function mediaStorage(): Promise<TStorage> {
  instance ??= createConfiguredStorage().catch((error: unknown) => {
    instance = undefined;
    throw error;
  });
  return instance;
}

async function createConfiguredStorage(): Promise<TStorage> {
  const e = env();
  if (!e.S3_BUCKET) return new LocalStorage(e.STORAGE_DIR);
  const { S3Storage } = await import("./s3-storage");
  return new S3Storage({
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    endpoint: e.S3_ENDPOINT,
    forcePathStyle: e.S3_FORCE_PATH_STYLE,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
  });
}

/** Forgets the instance so the next call reads the configuration again (tests). */
export function resetMediaStorageForTests(): void {
  instance = undefined;
}
