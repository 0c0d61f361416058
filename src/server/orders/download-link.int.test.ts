import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { uploadFile } from "@/server/media";
import { readAllBytes } from "@/server/media/storage/storage";
import { signDownloadToken } from "./download-token";
import { createDownloadLink, createDownloadLinks, getOrderByToken, markOrderPaid, openDownload, verifyDownloadToken } from "./index";
import { addProduct, makeStore, makeUser, placeTestOrder } from "./int-test-support";

type TStore = { id: string; slug: string };
type TStaff = Awaited<ReturnType<typeof makeUser>>;
const FILE_BYTES = Buffer.from("%PDF-1.4 the digital goods\n%%EOF\n");
const system = { kind: "system" as const };

let storeA: TStore;
let storeB: TStore;
let staff: TStaff;
let fileA: { id: string };
let fileB: { id: string };
let digitalA: string;
let physicalA: string;
let digitalB: string;

/** An order with a digital line (its file snapshotted like the checkout does) and a physical one. */
async function digitalOrder(store: TStore, variants: { digital: string; physical?: string }, mediaId: string, paid = true) {
  const lines = [{ variantId: variants.digital, quantity: 1, type: "DIGITAL" as const }, ...(variants.physical ? [{ variantId: variants.physical, quantity: 1 }] : [])];
  const placed = await placeTestOrder(store.id, { lines });
  const db = storeDb(store.id);
  const rows = await db.orderLine.findMany({ where: { storeId: store.id, orderId: placed.orderId }, orderBy: { position: "asc" } });
  await db.orderLine.update({ where: { id: rows[0]!.id }, data: { digitalMediaId: mediaId, requiresShipping: false } });
  if (paid) await markOrderPaid(store.id, placed.orderId, staff);
  return { ...placed, digitalLineId: rows[0]!.id, physicalLineId: rows[1]?.id ?? null };
}

const tokenOf = (url: string) => url.replace(/^\/downloads\//, "");
const setPayment = (store: TStore, orderId: string, paymentStatus: "PAID" | "PARTIALLY_REFUNDED" | "REFUNDED") =>
  storeDb(store.id).order.update({ where: { id: orderId }, data: { paymentStatus } });

beforeAll(async () => {
  [storeA, storeB, staff] = await Promise.all([makeStore("dl-a"), makeStore("dl-b"), makeUser()]);
  fileA = await uploadFile(storeA.id, system, { bytes: FILE_BYTES, filename: "Guide book v1.pdf" });
  fileB = await uploadFile(storeB.id, system, { bytes: Buffer.from("store B's secret file"), filename: "b-secret.txt" });
  digitalA = (await addProduct(storeA.id, [{ trackInventory: false }], "DIGITAL")).variantId;
  physicalA = (await addProduct(storeA.id, [{ trackInventory: false }])).variantId;
  digitalB = (await addProduct(storeB.id, [{ trackInventory: false }], "DIGITAL")).variantId;
});
afterAll(disconnectDb);

describe("digital download links", () => {
  it("gives a paid digital line a 24-hour link that opens the file's bytes and is recorded", async () => {
    const order = await digitalOrder(storeA, { digital: digitalA, physical: physicalA }, fileA.id);
    const now = new Date();
    const link = await createDownloadLink(storeA.id, { orderId: order.orderId, lineId: order.digitalLineId }, { now });
    expect(link).not.toBeNull();
    expect(link!.url).toMatch(/^\/downloads\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(link!.expiresAt.getTime()).toBe((Math.floor(now.getTime() / 1000) + 86_400) * 1000);
    expect(verifyDownloadToken(storeA.id, tokenOf(link!.url), now)).toMatchObject({ orderId: order.orderId, lineId: order.digitalLineId });

    const file = await openDownload(storeA.id, tokenOf(link!.url));
    expect(file).not.toBeNull();
    expect([file!.filename, file!.contentType, file!.size]).toEqual(["Guide-book-v1.pdf", "application/pdf", FILE_BYTES.length]);
    expect(await readAllBytes(file!.stream)).toEqual(FILE_BYTES);

    const events = await storeDb(storeA.id).orderEvent.findMany({ where: { storeId: storeA.id, orderId: order.orderId, kind: "digital_download" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toEqual({ lineId: order.digitalLineId, mediaId: fileA.id });

    // The physical line of the same paid order has no link.
    expect(await createDownloadLink(storeA.id, { orderId: order.orderId, lineId: order.physicalLineId! })).toBeNull();
    // The page's batch form agrees: exactly the digital line, as long as asked.
    const view = await getOrderByToken(storeA.id, order.orderId, order.token);
    const links = createDownloadLinks(storeA.id, view, { now, ttlSeconds: 3600 });
    expect(Object.keys(links)).toEqual([order.digitalLineId]);
    expect(links[order.digitalLineId]!.expiresAt.getTime()).toBe((Math.floor(now.getTime() / 1000) + 3600) * 1000);
    expect(await openDownload(storeA.id, tokenOf(links[order.digitalLineId]!.url))).not.toBeNull();
  });

  it("gives an unpaid order no link, and its forged token opens nothing", async () => {
    const order = await digitalOrder(storeA, { digital: digitalA }, fileA.id, false);
    expect(await createDownloadLink(storeA.id, { orderId: order.orderId, lineId: order.digitalLineId })).toBeNull();
    expect(createDownloadLinks(storeA.id, await getOrderByToken(storeA.id, order.orderId, order.token))).toEqual({});
    const e = Math.floor(Date.now() / 1000) + 3600;
    expect(await openDownload(storeA.id, signDownloadToken({ s: storeA.id, o: order.orderId, l: order.digitalLineId, e }))).toBeNull();
  });

  it("stops downloads after a refund or partial refund, and after expiry", async () => {
    const order = await digitalOrder(storeA, { digital: digitalA }, fileA.id);
    const link = (await createDownloadLink(storeA.id, { orderId: order.orderId, lineId: order.digitalLineId }))!;
    const token = tokenOf(link.url);
    for (const status of ["REFUNDED", "PARTIALLY_REFUNDED"] as const) {
      await setPayment(storeA, order.orderId, status);
      expect(await openDownload(storeA.id, token)).toBeNull();
      expect(await createDownloadLink(storeA.id, { orderId: order.orderId, lineId: order.digitalLineId })).toBeNull();
    }
    await setPayment(storeA, order.orderId, "PAID");
    expect(await openDownload(storeA.id, token)).not.toBeNull();
    expect(await openDownload(storeA.id, token, { now: new Date(link.expiresAt.getTime()) })).toBeNull();
    const events = await storeDb(storeA.id).orderEvent.count({ where: { storeId: storeA.id, orderId: order.orderId, kind: "digital_download" } });
    expect(events).toBe(1);
  });

  it("refuses a line of another order, and a file that is gone", async () => {
    const first = await digitalOrder(storeA, { digital: digitalA }, fileA.id);
    const second = await digitalOrder(storeA, { digital: digitalA }, fileA.id);
    const e = Math.floor(Date.now() / 1000) + 3600;
    expect(await openDownload(storeA.id, signDownloadToken({ s: storeA.id, o: first.orderId, l: second.digitalLineId, e }))).toBeNull();
    await storeDb(storeA.id).orderLine.update({ where: { id: second.digitalLineId }, data: { digitalMediaId: "cmissingmedia000000000000" } });
    expect(await openDownload(storeA.id, signDownloadToken({ s: storeA.id, o: second.orderId, l: second.digitalLineId, e }))).toBeNull();
  });
});

describe("digital downloads across stores", () => {
  it("refuses another store's token, order and file", async () => {
    const orderA = await digitalOrder(storeA, { digital: digitalA }, fileA.id);
    const orderB = await digitalOrder(storeB, { digital: digitalB }, fileB.id);
    const linkB = (await createDownloadLink(storeB.id, { orderId: orderB.orderId, lineId: orderB.digitalLineId }))!;
    // B's valid token presented on A's host.
    expect(verifyDownloadToken(storeA.id, tokenOf(linkB.url))).toBeNull();
    expect(await openDownload(storeA.id, tokenOf(linkB.url))).toBeNull();
    expect(await openDownload(storeB.id, tokenOf(linkB.url))).not.toBeNull();
    // A cannot make links for B's order, nor sign its way to B's rows through its own store id.
    expect(await createDownloadLink(storeA.id, { orderId: orderB.orderId, lineId: orderB.digitalLineId })).toBeNull();
    const e = Math.floor(Date.now() / 1000) + 3600;
    expect(await openDownload(storeA.id, signDownloadToken({ s: storeA.id, o: orderB.orderId, l: orderB.digitalLineId, e }))).toBeNull();
    // A line of A pointing at B's file (a forged snapshot) is not served: the file is looked up in A.
    await storeDb(storeA.id).orderLine.update({ where: { id: orderA.digitalLineId }, data: { digitalMediaId: fileB.id } });
    expect(await openDownload(storeA.id, signDownloadToken({ s: storeA.id, o: orderA.orderId, l: orderA.digitalLineId, e }))).toBeNull();
    expect(await storeDb(storeB.id).orderEvent.count({ where: { storeId: storeB.id, orderId: orderB.orderId, kind: "digital_download" } })).toBe(1);
  });
});
