import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { createProduct, getProduct } from "./index";
import { audits, events, failure, fieldPaths, makeActor, makeStore, runId } from "./int-test-support";
import { setProductMedia } from "./product-media";

let a: { id: string };
let b: { id: string };
let actor: Awaited<ReturnType<typeof makeActor>>;
let product = "";
let victimProduct = "";
const images: string[] = [];
let file = "";
let victimImage = "";

const makeMedia = (storeId: string, kind: "IMAGE" | "FILE" = "IMAGE") =>
  storeDb(storeId).mediaAsset.create({
    data: { storeId, kind, storageKey: `${storeId}/test/${Math.random().toString(36).slice(2)}`, mimeType: kind === "IMAGE" ? "image/png" : "application/pdf", byteSize: 10, width: kind === "IMAGE" ? 10 : null, height: kind === "IMAGE" ? 10 : null },
    select: { id: true },
  });

beforeAll(async () => {
  a = await makeStore("media-links-a");
  b = await makeStore("media-links-b");
  actor = await makeActor();
  product = (await createProduct(a.id, actor, { title: "Gallery tea", sku: `GAL-${runId}`, price: "5" })).id;
  victimProduct = (await createProduct(b.id, actor, { title: "Victim tea", sku: `VGAL-${runId}`, price: "5" })).id;
  for (let i = 0; i < 3; i++) images.push((await makeMedia(a.id)).id);
  file = (await makeMedia(a.id, "FILE")).id;
  victimImage = (await makeMedia(b.id)).id;
  await setProductMedia(b.id, actor, victimProduct, [{ mediaId: victimImage, position: 0 }]);
});
afterAll(disconnectDb);

const linked = (storeId: string, productId: string) =>
  storeDb(storeId).productMedia.findMany({ where: { productId }, orderBy: { position: "asc" }, select: { mediaId: true, position: true } });

describe("setProductMedia", () => {
  it("replaces the gallery in position order, with audit entry and product.updated event", async () => {
    const before = (await events(a.id, "product.updated")).length;
    const view = await setProductMedia(a.id, actor, product, [
      { mediaId: images[2]!, position: 5 },
      { mediaId: images[0]!, position: 1 },
      { mediaId: images[1]!, position: 3 },
    ]);
    expect(view.mediaIds).toEqual([images[0], images[1], images[2]]);
    expect(await linked(a.id, product)).toEqual([
      { mediaId: images[0], position: 0 },
      { mediaId: images[1], position: 1 },
      { mediaId: images[2], position: 2 },
    ]);
    const updated = await events(a.id, "product.updated");
    expect(updated).toHaveLength(before + 1);
    expect(updated.at(-1)!.payload).toMatchObject({ productId: product });
    const audit = (await audits(a.id, "product.updated")).at(-1)!;
    expect(audit).toMatchObject({ actorType: "platform_user", actorId: actor.userId, targetId: product, data: { fields: ["media"] } });

    const reordered = await setProductMedia(a.id, actor, product, [{ mediaId: images[1]!, position: 0 }, { mediaId: images[0]!, position: 1 }]);
    expect(reordered.mediaIds).toEqual([images[1], images[0]]);
    expect((await getProduct(a.id, product))!.mediaIds).toEqual([images[1], images[0]]);
    expect((await setProductMedia(a.id, actor, product, [])).mediaIds).toEqual([]);
    await setProductMedia(a.id, actor, product, [{ mediaId: images[0]!, position: 0 }]);
  });

  it("refuses a file, a repeated id or a bad position and writes nothing", async () => {
    const counts = { audits: (await audits(a.id)).length, events: (await events(a.id)).length };
    const notImage = await failure(setProductMedia(a.id, actor, product, [{ mediaId: images[1]!, position: 0 }, { mediaId: file, position: 1 }]));
    expect(notImage.code).toBe("VALIDATION_FAILED");
    expect(fieldPaths(notImage)).toEqual(["1.mediaId"]);
    const twice = await failure(setProductMedia(a.id, actor, product, [{ mediaId: images[1]!, position: 0 }, { mediaId: images[1]!, position: 1 }]));
    expect(fieldPaths(twice)).toEqual(["1.mediaId"]);
    expect(fieldPaths(await failure(setProductMedia(a.id, actor, product, [{ mediaId: images[1]!, position: -1 }])))).toEqual(["0.position"]);
    expect(await linked(a.id, product)).toEqual([{ mediaId: images[0], position: 0 }]);
    expect({ audits: (await audits(a.id)).length, events: (await events(a.id)).length }).toEqual(counts);
  });

  it("across stores: another store's image or product is not found (404) and nothing is written", async () => {
    const counts = { audits: (await audits(a.id)).length, events: (await events(a.id)).length, victimEvents: (await events(b.id)).length };
    const stolen = await failure(setProductMedia(a.id, actor, product, [{ mediaId: images[1]!, position: 0 }, { mediaId: victimImage, position: 1 }]));
    expect(stolen).toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect(fieldPaths(stolen)).toEqual(["1.mediaId"]);
    const hijack = await failure(setProductMedia(a.id, actor, victimProduct, [{ mediaId: images[1]!, position: 0 }]));
    expect(hijack).toMatchObject({ code: "NOT_FOUND", status: 404 });
    const wiped = await failure(setProductMedia(a.id, actor, victimProduct, []));
    expect(wiped.code).toBe("NOT_FOUND");

    expect(await linked(a.id, product)).toEqual([{ mediaId: images[0], position: 0 }]);
    expect(await linked(b.id, victimProduct)).toEqual([{ mediaId: victimImage, position: 0 }]);
    expect(await storeDb(a.id).productMedia.count({ where: { mediaId: victimImage } })).toBe(0);
    expect({ audits: (await audits(a.id)).length, events: (await events(a.id)).length, victimEvents: (await events(b.id)).length }).toEqual(counts);
    expect(await storeDb(a.id).auditLogEntry.count({ where: { targetId: victimProduct } })).toBe(0);
  });
});
