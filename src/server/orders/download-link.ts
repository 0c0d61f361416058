import "server-only";
import { storeDb, type OrderStatus, type PaymentStatus, type ProductType } from "@/server/db";
import { mediaStorage } from "@/server/media";
import { downloadExpiry, signDownloadToken, verifyDownloadToken, DOWNLOAD_LINK_TTL_SECONDS } from "./download-token";
import { recordOrderEvent } from "./record-order-event";

/** A download link on the store's host; `url` is host-relative (prefix storeUrl(slug, url) for mail). */
export type TDownloadLink = { url: string; expiresAt: Date; ttlSeconds: number };

export type TDownloadLinkOptions = { now?: Date; ttlSeconds?: number };

/** A file ready to stream to the shopper. */
export type TOpenedDownload = { filename: string; contentType: string; size: number | null; stream: ReadableStream<Uint8Array> };

type TEligibleOrder = { status: OrderStatus; paymentStatus: PaymentStatus };
type TEligibleLine = { productType: ProductType; digitalMediaId: string | null };

/**
 * Whether a line's file may be downloaded. Policy: only while the order's payment status is
 * exactly PAID and the order is not cancelled. A refund stops downloads, and so does a partial
 * refund (PARTIALLY_REFUNDED): until refunds record which lines they cover (issue 6), a
 * partial refund may be the digital line itself, so the store decides (the shopper is asked
 * to contact it). Checked when a link is made and again on every download.
 */
export function isDownloadable(order: TEligibleOrder, line: TEligibleLine): boolean {
  return order.paymentStatus === "PAID" && order.status !== "CANCELLED" && line.productType === "DIGITAL" && Boolean(line.digitalMediaId);
}

function linkFor(storeId: string, orderId: string, lineId: string, options: TDownloadLinkOptions): TDownloadLink {
  const ttlSeconds = options.ttlSeconds ?? DOWNLOAD_LINK_TTL_SECONDS;
  const e = downloadExpiry(options.now ?? new Date(), ttlSeconds);
  const token = signDownloadToken({ s: storeId, o: orderId, l: lineId, e });
  return { url: `/downloads/${token}`, expiresAt: new Date(e * 1000), ttlSeconds };
}

/**
 * A fresh signed link to one digital line's file (default lifetime 24 hours), read from the
 * database through the tenant door: null unless the order is the store's, the line is the
 * order's, and isDownloadable holds. Nothing is stored: the token carries the store, order,
 * line and expiry under an HMAC.
 *
 * @throws RangeError for a ttlSeconds outside 1 s .. 7 days (a programming error).
 */
export async function createDownloadLink(
  storeId: string,
  ref: { orderId: string; lineId: string },
  options: TDownloadLinkOptions = {},
): Promise<TDownloadLink | null> {
  const db = storeDb(storeId);
  const [order, line] = await Promise.all([
    db.order.findFirst({ where: { storeId, id: ref.orderId }, select: { status: true, paymentStatus: true } }),
    db.orderLine.findFirst({ where: { storeId, orderId: ref.orderId, id: ref.lineId }, select: { productType: true, digitalMediaId: true } }),
  ]);
  if (!order || !line || !isDownloadable(order, line)) return null;
  return linkFor(storeId, ref.orderId, ref.lineId, options);
}

/**
 * Fresh links for every downloadable line of an order the caller has just loaded for a
 * visitor allowed to see it (status token or owner session): keyed by line id, empty unless the
 * order is paid. Signs from the given view without another query; the download itself
 * re-checks everything in the database.
 */
export function createDownloadLinks(
  storeId: string,
  order: TEligibleOrder & { id: string; lines: (TEligibleLine & { id: string })[] },
  options: TDownloadLinkOptions = {},
): Record<string, TDownloadLink> {
  const now = options.now ?? new Date();
  const links: Record<string, TDownloadLink> = {};
  for (const line of order.lines) {
    if (isDownloadable(order, line)) links[line.id] = linkFor(storeId, order.id, line.id, { ...options, now });
  }
  return links;
}

/**
 * Opens the file behind a download token for `storeId`: null (the route's plain 404) when the
 * token is malformed, tampered with, expired or another store's, when the order is no longer
 * downloadable (refunded, cancelled ...), when the line is not the order's, and when the file
 * or its stored object is gone. Each successful open adds a `digital_download` entry to the
 * order's timeline. The bytes are streamed from media storage, never buffered.
 */
export async function openDownload(storeId: string, token: string, options: { now?: Date } = {}): Promise<TOpenedDownload | null> {
  const grant = verifyDownloadToken(storeId, token, options.now ?? new Date());
  if (!grant) return null;
  const db = storeDb(storeId);
  const [order, line] = await Promise.all([
    db.order.findFirst({ where: { storeId, id: grant.orderId }, select: { id: true, status: true, paymentStatus: true } }),
    db.orderLine.findFirst({ where: { storeId, orderId: grant.orderId, id: grant.lineId }, select: { id: true, title: true, productType: true, digitalMediaId: true } }),
  ]);
  if (!order || !line || !isDownloadable(order, line) || !line.digitalMediaId) return null;
  const media = await db.mediaAsset.findFirst({ where: { storeId, id: line.digitalMediaId, kind: "FILE" }, select: { id: true, storageKey: true, mimeType: true } });
  const prefix = media ? `${storeId}/files/${media.id}/` : null;
  if (!media || !prefix || !media.storageKey.startsWith(prefix)) return null;
  const object = await (await mediaStorage()).get(media.storageKey);
  if (!object) return null;
  try {
    await db.$transaction(async (tx) => {
      await recordOrderEvent(tx, storeId, order.id, {
        kind: "digital_download",
        message: `Downloaded: ${line.title}`,
        actor: { kind: "customer", customerId: null },
        data: { lineId: line.id, mediaId: media.id },
      });
    });
  } catch (error) {
    await object.body.cancel().catch(() => {});
    throw error;
  }
  return {
    filename: media.storageKey.slice(prefix.length) || "download",
    contentType: media.mimeType || object.contentType,
    size: object.size,
    stream: object.body,
  };
}
