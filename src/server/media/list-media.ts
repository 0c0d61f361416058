import "server-only";
import { storeDb } from "@/server/db";
import { ZMediaListQuery, type TMediaListQuery } from "./media.schemas";
import { MEDIA_SELECT, toMediaView, type TMediaView } from "./media-view";

export type TMediaPage = { items: TMediaView[]; total: number; page: number; pageSize: number };

/** One page of the store's media, newest first, optionally only images or files. */
export async function listMedia(storeId: string, query: TMediaListQuery = {}): Promise<TMediaPage> {
  const { kind, page, pageSize } = ZMediaListQuery.parse(query);
  const db = storeDb(storeId);
  const where = kind ? { kind } : {};
  const [rows, total] = await Promise.all([
    db.mediaAsset.findMany({ where, select: MEDIA_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db.mediaAsset.count({ where }),
  ]);
  return { items: rows.map(toMediaView), total, page, pageSize };
}

/** One media asset of the store, or null (another store's id is null too). */
export async function getMedia(storeId: string, mediaId: string): Promise<TMediaView | null> {
  const row = await storeDb(storeId).mediaAsset.findFirst({ where: { id: mediaId }, select: MEDIA_SELECT });
  return row ? toMediaView(row) : null;
}
