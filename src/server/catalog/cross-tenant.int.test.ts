import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import {
  createCategory,
  createCollection,
  createProduct,
  deleteCategory,
  deleteCollection,
  deleteProduct,
  getCategory,
  getCollection,
  getProduct,
  listCategories,
  listCollections,
  listProducts,
  setProductsStatus,
  updateCategory,
  updateCollection,
  updateProduct,
} from "./index";
import { failure, fieldPaths, makeActor, makeStore, runId } from "./int-test-support";

/** Store A (the attacker) holds ids of store B (the victim) and tries every catalog operation with them. */
let a: { id: string };
let b: { id: string };
let actor: Awaited<ReturnType<typeof makeActor>>;
const victim = { product: "", category: "", collection: "", media: "" };
let own = { product: "", category: "", collection: "" };
const secret = `victimword${runId}`;

beforeAll(async () => {
  a = await makeStore("cat-attacker");
  b = await makeStore("cat-victim");
  actor = await makeActor();
  const category = await createCategory(b.id, actor, { name: `Victim ${secret}` });
  const product = await createProduct(b.id, actor, { title: `Victim ${secret}`, sku: `VIC-${runId}`, price: "9", status: "ACTIVE", categoryIds: [category.id] });
  const collection = await createCollection(b.id, actor, { title: "Victim picks", productIds: [product.id] });
  const media = await storeDb(b.id).mediaAsset.create({ data: { storeId: b.id, kind: "FILE", storageKey: `victim-${runId}`, mimeType: "application/pdf", byteSize: 1 } });
  Object.assign(victim, { product: product.id, category: category.id, collection: collection.id, media: media.id });
  const ownCategory = await createCategory(a.id, actor, { name: "Mine" });
  const ownProduct = await createProduct(a.id, actor, { title: "Mine", sku: "MINE-1", price: "1" });
  const ownCollection = await createCollection(a.id, actor, { title: "Mine" });
  own = { product: ownProduct.id, category: ownCategory.id, collection: ownCollection.id };
});
afterAll(disconnectDb);

const notFound = async (promise: Promise<unknown>) => {
  const error = await failure(promise);
  expect(error.code).toBe("NOT_FOUND");
  return error;
};

describe("catalog across stores", () => {
  it("cannot read another store's product, category or collection", async () => {
    expect(await getProduct(a.id, victim.product)).toBeNull();
    expect(await getCategory(a.id, victim.category)).toBeNull();
    expect(await getCollection(a.id, victim.collection)).toBeNull();
    const listed = JSON.stringify([await listProducts(a.id, { q: secret }), await listProducts(a.id, { q: `VIC-${runId}` }), await listCategories(a.id), await listCollections(a.id), await listProducts(a.id, { categoryId: victim.category })]);
    for (const trace of [secret, victim.product, victim.category, victim.collection]) expect(listed).not.toContain(trace);
  });

  it("cannot update or delete them (404), and they stay as they were", async () => {
    await notFound(updateProduct(a.id, actor, victim.product, { title: "Hijacked" }));
    await notFound(updateCategory(a.id, actor, victim.category, { name: "Hijacked" }));
    await notFound(updateCollection(a.id, actor, victim.collection, { title: "Hijacked" }));
    await notFound(deleteProduct(a.id, actor, victim.product));
    await notFound(deleteCategory(a.id, actor, victim.category));
    await notFound(deleteCollection(a.id, actor, victim.collection));
    expect(await setProductsStatus(a.id, actor, { ids: [victim.product], status: "ARCHIVED" })).toEqual({ count: 0 });
    expect(await getProduct(b.id, victim.product)).toMatchObject({ title: `Victim ${secret}`, status: "ACTIVE", categoryIds: [victim.category] });
    expect(await getCategory(b.id, victim.category)).toMatchObject({ name: `Victim ${secret}` });
    expect(await getCollection(b.id, victim.collection)).toMatchObject({ title: "Victim picks", productIds: [victim.product] });
    expect(await storeDb(a.id).auditLogEntry.count({ where: { targetId: { in: Object.values(victim) } } })).toBe(0);
  });

  it("cannot link another store's category, media or product into its own records", async () => {
    const link = await notFound(createProduct(a.id, actor, { title: "Linker", sku: "LINK-1", price: "1", categoryIds: [own.category, victim.category] }));
    expect(fieldPaths(link)).toEqual(["categoryIds.1"]);
    expect(fieldPaths(await notFound(updateProduct(a.id, actor, own.product, { categoryIds: [victim.category] })))).toEqual(["categoryIds.0"]);
    expect(fieldPaths(await notFound(createProduct(a.id, actor, { title: "File thief", type: "DIGITAL", digitalMediaId: victim.media, sku: "LINK-2", price: "1" })))).toEqual(["digitalMediaId"]);
    expect(fieldPaths(await notFound(updateProduct(a.id, actor, own.product, { type: "DIGITAL", digitalMediaId: victim.media })))).toEqual(["digitalMediaId"]);
    expect(fieldPaths(await notFound(createCategory(a.id, actor, { name: "Child", parentId: victim.category })))).toEqual(["parentId"]);
    expect(fieldPaths(await notFound(updateCategory(a.id, actor, own.category, { parentId: victim.category })))).toEqual(["parentId"]);
    expect(fieldPaths(await notFound(createCategory(a.id, actor, { name: "Pic", imageId: victim.media })))).toEqual(["imageId"]);
    expect(fieldPaths(await notFound(createCollection(a.id, actor, { title: "Stolen", productIds: [own.product, victim.product] })))).toEqual(["productIds.1"]);
    expect(fieldPaths(await notFound(updateCollection(a.id, actor, own.collection, { productIds: [victim.product] })))).toEqual(["productIds.0"]);

    const dbA = storeDb(a.id);
    expect(await dbA.product.count({ where: { title: { in: ["Linker", "File thief"] } } })).toBe(0);
    expect(await getProduct(a.id, own.product)).toMatchObject({ categoryIds: [], type: "PHYSICAL", digitalMediaId: null });
    expect((await getCategory(a.id, own.category))!.parentId).toBeNull();
    expect((await getCollection(a.id, own.collection))!.productIds).toEqual([]);
    expect(await storeDb(b.id).productCategory.count({ where: { categoryId: victim.category } })).toBe(1);
    expect(await storeDb(b.id).collectionProduct.count({ where: { productId: victim.product } })).toBe(1);
  });

  it("may reuse another store's handles and SKUs (they are unique per store)", async () => {
    const p = await createProduct(a.id, actor, { title: "Twin", handle: (await getProduct(b.id, victim.product))!.handle, sku: `VIC-${runId}`, price: "1" });
    expect(p.variants[0]!.sku).toBe(`VIC-${runId}`);
    const c = await createCategory(a.id, actor, { name: "Twin", handle: (await getCategory(b.id, victim.category))!.handle });
    expect(c.id).not.toBe(victim.category);
  });
});
