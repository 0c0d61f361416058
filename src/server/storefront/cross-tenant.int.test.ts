import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { getCategoryPage, getHome, getProductPage, getStoreTheme, listSitemapEntries, listTopCategories, searchProducts } from "@/server/storefront";
import { addCategory, addImage, addProduct, makeStore, runId } from "./int-test-support";

/**
 * Attacker store A and victim store B hold look-alike catalogs (same handles, same words):
 * nothing of B ever comes back for A, and drafts or archived products of A never come back
 * either, by handle, search, category, home collection or sitemap.
 */
let a: { id: string; slug: string };
let b: { id: string; slug: string };
const word = `zq${runId}kettle`;

beforeAll(async () => {
  [a, b] = await Promise.all([makeStore("sfa"), makeStore("sfb")]);
  const catA = await addCategory(a.id, "kitchen", "Kitchen A");
  const catB = await addCategory(b.id, "kitchen", "Kitchen B");
  await addCategory(b.id, "victim-only", "Victim only");
  await addProduct(a.id, { handle: "shared", title: `A ${word}`, variants: [{ sku: "SKU-1", priceMinor: 1000n }], categoryIds: [catA.id] });
  await addProduct(a.id, { handle: "a-draft", title: `A draft ${word}`, status: "DRAFT", variants: [{ sku: "SKU-D", priceMinor: 1000n }], categoryIds: [catA.id] });
  await addProduct(a.id, { handle: "a-archived", title: `A archived ${word}`, status: "ARCHIVED", variants: [{ sku: "SKU-R", priceMinor: 1000n }], categoryIds: [catA.id] });
  await addProduct(b.id, { handle: "shared", title: `B ${word}`, variants: [{ sku: "SKU-1", priceMinor: 9900n }], categoryIds: [catB.id] });
  await addProduct(b.id, { handle: "victim-only", title: `B victim ${word}`, variants: [{ sku: "SKU-V", priceMinor: 9900n }], categoryIds: [catB.id] });
});
afterAll(disconnectDb);

describe("storefront cross-tenant isolation", () => {
  it("finds a product by handle only in its own store, and only when ACTIVE", async () => {
    expect((await getProductPage(a.id, "shared"))?.title).toBe(`A ${word}`);
    expect((await getProductPage(b.id, "shared"))?.title).toBe(`B ${word}`);
    expect(await getProductPage(a.id, "victim-only")).toBeNull();
    expect(await getProductPage(a.id, "a-draft")).toBeNull();
    expect(await getProductPage(a.id, "a-archived")).toBeNull();
  });

  it("searches only the store's own ACTIVE products, by words and by SKU", async () => {
    const byWord = await searchProducts(a.id, word);
    expect(byWord.items.map((p) => p.handle)).toEqual(["shared"]);
    expect(byWord.total).toBe(1);
    expect((await searchProducts(a.id, "victim")).items).toEqual([]);
    expect((await searchProducts(a.id, "SKU-V")).items).toEqual([]);
    expect((await searchProducts(a.id, "SKU-D")).items).toEqual([]);
    const bySku = await searchProducts(a.id, "SKU-1");
    expect(bySku.items.map((p) => [p.handle, p.price])).toEqual([["shared", "10.00"]]);
  });

  it("lists a category only from the store's own categories and ACTIVE products", async () => {
    const page = await getCategoryPage(a.id, "kitchen");
    expect(page?.category.name).toBe("Kitchen A");
    expect(page?.items.map((p) => p.title)).toEqual([`A ${word}`]);
    expect(page?.total).toBe(1);
    expect(await getCategoryPage(a.id, "victim-only")).toBeNull();
    expect((await listTopCategories(a.id)).map((c) => c.name)).toEqual(["Kitchen A"]);
  });

  it("puts only the store's own categories and ACTIVE products in the sitemap", async () => {
    const entries = await listSitemapEntries(a.id);
    expect(entries.products.map((p) => p.handle)).toEqual(["shared"]);
    expect(entries.categories.map((c) => c.handle)).toEqual(["kitchen"]);
  });

  it("shows no other store's collection or images on the home page", async () => {
    const foreignImage = await addImage(b.id, "victim logo");
    const foreignCollection = await storeDb(b.id).collection.create({ data: { storeId: b.id, handle: `home-${runId}`, title: "Victim picks" } });
    await platformDb().store.update({ where: { id: a.id }, data: { logoMediaId: foreignImage.id, homeCollectionId: foreignCollection.id } });
    const home = await getHome(a.id);
    expect(home?.theme.logo).toBeNull();
    expect(home?.collection).toBeNull();
    expect((await getStoreTheme(a.id)).logo).toBeNull();
    // A product of B placed in A's collection by a bad write is still not shown.
    const ownCollection = await storeDb(a.id).collection.create({ data: { storeId: a.id, handle: `home-${runId}`, title: "Our picks" } });
    const victim = await storeDb(b.id).product.findFirstOrThrow({ where: { handle: "victim-only" } });
    const own = await storeDb(a.id).product.findFirstOrThrow({ where: { handle: "shared" } });
    const draft = await storeDb(a.id).product.findFirstOrThrow({ where: { handle: "a-draft" } });
    await storeDb(a.id).collectionProduct.createMany({
      data: [
        { storeId: a.id, collectionId: ownCollection.id, productId: victim.id, position: 0 },
        { storeId: a.id, collectionId: ownCollection.id, productId: draft.id, position: 1 },
        { storeId: a.id, collectionId: ownCollection.id, productId: own.id, position: 2 },
      ],
    });
    await platformDb().store.update({ where: { id: a.id }, data: { homeCollectionId: ownCollection.id } });
    expect((await getHome(a.id))?.collection?.products.map((p) => p.handle)).toEqual(["shared"]);
  });
});
