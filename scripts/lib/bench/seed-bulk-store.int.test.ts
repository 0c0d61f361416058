import { describe, expect, it } from "vitest";
import { platformDb, storeDb } from "@/server/db";
import { getCategoryPage, getProductPage } from "@/server/storefront";
import { seedBulkCatalog } from "./seed-bulk-store";

const unique = () => Math.random().toString(36).slice(2, 9);

async function makeStore(prefix: string, currency: string) {
  return platformDb().store.create({
    data: { slug: `${prefix}-${unique()}`, name: `${prefix} shop`, country: "LK", currency, timeZone: "UTC" },
    select: { id: true },
  });
}

const bulkRows = (storeId: string, type: string) =>
  storeDb(storeId).outboxEvent.findMany({ where: { type }, select: { payload: true } });

describe("seedBulkCatalog", () => {
  it("adds ACTIVE products with variants, categories and one image each, in batches, with one event and one audit entry", async () => {
    const store = await makeStore("bulk", "USD");
    const other = await makeStore("bulk-other", "LKR");
    const db = storeDb(store.id);
    const image = await db.mediaAsset.create({ data: { storeId: store.id, kind: "IMAGE", storageKey: `${store.id}/images/x/original`, mimeType: "image/png", byteSize: 10, width: 10, height: 10 } });
    const batches: number[] = [];

    const result = await seedBulkCatalog(store.id, { products: 23, batchSize: 10, seed: 5, onBatch: (done) => batches.push(done) });

    expect(batches).toEqual([10, 20, 23]);
    expect(await db.product.count({ where: { status: "ACTIVE", handle: { contains: result.runId } } })).toBe(23);
    expect(await db.productVariant.count({ where: { currency: "USD" } })).toBe(result.variants);
    expect(result.variants).toBeGreaterThanOrEqual(23);
    expect(await db.productMedia.count({ where: { mediaId: image.id } })).toBe(23);
    expect(await db.category.count({ where: { handle: { startsWith: `${result.runId}-` } } })).toBe(5);
    expect(result.imagesLinked).toBe(true);

    const events = await bulkRows(store.id, "catalog.bulk_seeded");
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ runId: result.runId, products: 23, variants: result.variants });
    expect(await db.outboxEvent.count({ where: { type: { startsWith: "product." } } })).toBe(0);
    const audits = await db.auditLogEntry.findMany({ where: { action: "catalog.bulk_seeded" }, select: { actorType: true, targetId: true } });
    expect(audits).toEqual([{ actorType: "system", targetId: store.id }]);

    // The storefront read model sees them like any other product.
    const page = await getProductPage(store.id, result.sampleHandles[0]!);
    expect(page?.variants.length).toBeGreaterThanOrEqual(1);
    expect(page?.media.map((m) => m.id)).toEqual([image.id]);
    const category = await getCategoryPage(store.id, result.categories[0]!.handle);
    expect(category?.total).toBeGreaterThan(0);

    // Nothing reached the other store, and its host cannot see them.
    expect(await storeDb(other.id).product.count()).toBe(0);
    expect(await storeDb(other.id).outboxEvent.count()).toBe(0);
    expect(await getProductPage(other.id, result.sampleHandles[0]!)).toBeNull();
    expect(await getCategoryPage(other.id, result.categories[0]!.handle)).toBeNull();
  });

  it("adds more on a second run instead of failing, and links no image when the store has none", async () => {
    const store = await makeStore("bulk-twice", "JPY");
    const first = await seedBulkCatalog(store.id, { products: 5, seed: 1 });
    const second = await seedBulkCatalog(store.id, { products: 5, seed: 1 });
    expect(second.runId).not.toBe(first.runId);
    expect(await storeDb(store.id).product.count()).toBe(10);
    expect(await storeDb(store.id).productMedia.count()).toBe(0);
    expect(second.imagesLinked).toBe(false);
    expect(await bulkRows(store.id, "catalog.bulk_seeded")).toHaveLength(2);
  });

  it("refuses an unknown store and a non-positive count", async () => {
    await expect(seedBulkCatalog("no-such-store", { products: 1 })).rejects.toThrow("store not found");
    await expect(seedBulkCatalog("no-such-store", { products: 0 })).rejects.toThrow("positive integer");
  });
});
