import "server-only";
import { recordAudit } from "@/server/audit";
import { storeDb } from "@/server/db";
import { enqueueEvent } from "@/server/events";
import { log } from "@/server/log";
import { auditActor, type TMediaActor, type TMediaRequestContext } from "./media-actor";
import { MEDIA_SELECT, toMediaView, type TMediaView } from "./media-view";
import { mediaStorage } from "./storage/media-storage";
import type { TStorage } from "./storage/storage";

export type TNewMedia = {
  storeId: string;
  id: string;
  kind: "IMAGE" | "FILE";
  storageKey: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  alt: string | null;
};

export type TObjectToStore = { key: string; bytes: Uint8Array; contentType: string };

/**
 * Stores the objects, then writes the MediaAsset row, its audit entry and the media.created
 * outbox event in one transaction. Files come first so a committed row always has its files;
 * if any write or the transaction fails, every object already stored is removed again.
 */
export async function storeMedia(
  media: TNewMedia,
  objects: TObjectToStore[],
  actor: TMediaActor,
  context: TMediaRequestContext = {},
): Promise<TMediaView> {
  const storage = await mediaStorage();
  const stored: string[] = [];
  try {
    const results = await Promise.allSettled(objects.map((o) => storage.put(o.key, o.bytes, o.contentType).then(() => stored.push(o.key))));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
    const row = await storeDb(media.storeId).$transaction(async (tx) => {
      const created = await tx.mediaAsset.create({ data: media, select: MEDIA_SELECT });
      await recordAudit(
        {
          storeId: media.storeId,
          ...auditActor(actor),
          action: "media.created",
          targetType: "media",
          targetId: media.id,
          ip: context.ip,
          userAgent: context.userAgent,
          data: { kind: media.kind, mimeType: media.mimeType, byteSize: media.byteSize },
        },
        tx,
      );
      await enqueueEvent(tx, { type: "media.created", storeId: media.storeId, payload: { mediaId: media.id, kind: media.kind } });
      return created;
    });
    return toMediaView(row);
  } catch (error) {
    await removeObjects(storage, stored);
    throw error;
  }
}

/** Best-effort removal: a leftover object is harmless (nothing references it), so failures are logged. */
export async function removeObjects(storage: TStorage, keys: string[]): Promise<void> {
  const results = await Promise.allSettled(keys.map((k) => storage.delete(k)));
  const failures = results.filter((r) => r.status === "rejected").length;
  if (failures) log.warn({ keys: keys.length, failures }, "media objects could not be removed");
}
