import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { uploadFile } from "@/server/media";
import { createDownloadLink, markOrderPaid } from "@/server/orders";
import { signDownloadToken } from "@/server/orders/download-token";
import { addProduct, makeStore, makeUser, placeTestOrder } from "@/server/orders/int-test-support";
import { invalidateStoreCache } from "@/server/tenancy";
import { GET } from "./route";

type TStore = { id: string; slug: string };
const BYTES = Buffer.from("PK\u0003\u0004 a zip of songs");
let storeA: TStore;
let storeB: TStore;
let tokenA: string;
let tokenB: string;
let orderA: { orderId: string; lineId: string };

/** What the proxy produces for GET https://<slug>.<root>/downloads/<token>. */
const download = (slug: string, token: string) =>
  GET(new Request(`http://localhost:3000/s/${slug}/downloads/${token}`), { params: Promise.resolve({ store: slug, token }) });

async function paidDigitalOrder(store: TStore, filename: string, bytes: Buffer) {
  const staff = await makeUser();
  const file = await uploadFile(store.id, { kind: "system" }, { bytes, filename });
  const { variantId } = await addProduct(store.id, [{ trackInventory: false }], "DIGITAL");
  const { orderId } = await placeTestOrder(store.id, { lines: [{ variantId, quantity: 1, type: "DIGITAL" }] });
  const line = await storeDb(store.id).orderLine.findFirstOrThrow({ where: { storeId: store.id, orderId } });
  await storeDb(store.id).orderLine.update({ where: { id: line.id }, data: { digitalMediaId: file.id } });
  await markOrderPaid(store.id, orderId, staff);
  const link = await createDownloadLink(store.id, { orderId, lineId: line.id });
  return { orderId, lineId: line.id, token: link!.url.slice("/downloads/".length) };
}

beforeAll(async () => {
  [storeA, storeB] = await Promise.all([makeStore("dlr-a"), makeStore("dlr-b")]);
  const a = await paidDigitalOrder(storeA, "Songs (2026).zip", BYTES);
  const b = await paidDigitalOrder(storeB, "b.txt", Buffer.from("B only"));
  [tokenA, tokenB, orderA] = [a.token, b.token, a];
});
afterAll(disconnectDb);

async function expectPlain404(res: Response) {
  expect(res.status).toBe(404);
  expect(res.headers.get("cache-control")).toBe("no-store");
  expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  expect(res.headers.get("content-disposition")).toBeNull();
  expect(await res.text()).toBe("Not found");
}

describe("GET /downloads/{token} on a store host", () => {
  it("streams the file as a private, unsniffed attachment", async () => {
    const res = await download(storeA.slug, tokenA);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="Songs-2026-.zip"; filename*=UTF-8''Songs-2026-.zip`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-length")).toBe(String(BYTES.length));
    expect(Buffer.from(await res.arrayBuffer())).toEqual(BYTES);
  });

  it("answers the same plain 404 for junk, tampered, expired and unpaid", async () => {
    const e = Math.floor(Date.now() / 1000);
    const tampered = tokenA.slice(0, -1) + (tokenA.endsWith("A") ? "B" : "A");
    const expired = signDownloadToken({ s: storeA.id, o: orderA.orderId, l: orderA.lineId, e: e - 1 });
    for (const token of ["junk", "", tampered, expired, `${tokenA}x`]) await expectPlain404(await download(storeA.slug, token));

    await storeDb(storeA.id).order.update({ where: { id: orderA.orderId }, data: { paymentStatus: "REFUNDED" } });
    await expectPlain404(await download(storeA.slug, tokenA));
    await storeDb(storeA.id).order.update({ where: { id: orderA.orderId }, data: { paymentStatus: "PAID" } });
    expect((await download(storeA.slug, tokenA)).status).toBe(200);
  });

  it("refuses another store's token on this host, unknown stores and inactive stores", async () => {
    await expectPlain404(await download(storeA.slug, tokenB));
    await expectPlain404(await download(storeB.slug, tokenA));
    await expectPlain404(await download(`no-such-${storeA.slug}`, tokenA));
    expect((await download(storeB.slug, tokenB)).status).toBe(200);

    await platformDb().store.update({ where: { id: storeA.id }, data: { status: "SUSPENDED" } });
    invalidateStoreCache({ slug: storeA.slug });
    try {
      await expectPlain404(await download(storeA.slug, tokenA));
    } finally {
      await platformDb().store.update({ where: { id: storeA.id }, data: { status: "ACTIVE" } });
      invalidateStoreCache({ slug: storeA.slug });
    }
  });
});
