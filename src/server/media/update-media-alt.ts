import "server-only";
import { recordAudit } from "@/server/audit";
import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { enqueueEvent } from "@/server/events";
import { auditActor, type TMediaActor, type TMediaRequestContext } from "./media-actor";
import { ZUpdateMediaInput } from "./media.schemas";
import { MEDIA_SELECT, toMediaView, type TMediaView } from "./media-view";

/**
 * Sets (or clears) an image's alt text, with audit entry and media.updated event in one
 * transaction. Alt text belongs to images; files have none.
 *
 * @throws ZodError for invalid input; AppError NOT_FOUND (also for another store's id),
 *   VALIDATION_FAILED for a file.
 */
export async function updateMediaAlt(
  storeId: string,
  actor: TMediaActor,
  mediaId: string,
  input: unknown,
  context: TMediaRequestContext = {},
): Promise<TMediaView> {
  const { alt } = ZUpdateMediaInput.parse(input);
  const row = await storeDb(storeId).$transaction(async (tx) => {
    const before = await tx.mediaAsset.findFirst({ where: { id: mediaId }, select: { kind: true, alt: true } });
    if (!before) throw new AppError("NOT_FOUND", "Media not found");
    if (before.kind !== "IMAGE") throw new AppError("VALIDATION_FAILED", "Only images have alt text", { fields: [{ path: "alt", message: "Only images have alt text" }] });
    if (before.alt !== alt) {
      await tx.mediaAsset.update({ where: { id: mediaId }, data: { alt } });
      await recordAudit(
        { storeId, ...auditActor(actor), action: "media.updated", targetType: "media", targetId: mediaId, ip: context.ip, userAgent: context.userAgent, data: { fields: ["alt"] } },
        tx,
      );
      await enqueueEvent(tx, { type: "media.updated", storeId, payload: { mediaId, fields: ["alt"] } });
    }
    return tx.mediaAsset.findFirstOrThrow({ where: { id: mediaId }, select: MEDIA_SELECT });
  });
  return toMediaView(row);
}
