import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/server/db";
import { CATEGORY_PAGE_SIZE, getCategoryPage, getProductPage, searchProducts } from "@/server/storefront";
import { addCategory, addImage, addProduct, makeStore, runId } from "./int-test-support";

let store: { id: string; slug: string };
let clothing: { id: string };
let shirts: { id: string };
let bulk: { id: string };
const word = `qx${runId}lotus`;
const day = (n: number) => new Date(Date.UTC(2026, 0, n));
const sizes = { name: "Size", values: ["S", "M", "L"] };

beforeAll(async () => {
  store = await makeStore("sfread");
  clothing = await addCategory(store.id, "clothing", "Clothing");
  shirts = await addCategory(store.id, "shirts", "Shirts", clothing.id);
  bulk = await addCategory(store.id, "bulk", "Bulk");
  await addProduct(store.id, {
    handle: "linen-shirt",
    title: "Linen shirt",
    description: "Breezy **linen**.\n\n<script>alert(1)</script>",
    options: [sizes],
    variants: [
      { sku: "LS-S", priceMinor: 250000n, options: ["S"] },
      { sku: "LS-M", priceMinor: 260000n, compareAtMinor: 300000n, options: ["M"] },
    ],
    categoryIds: [shirts.id],
    publishedAt: day(3),
  });
  // Options in the other order: Size is option2 here.
  await addProduct(store.id, {
    handle: "batik-shirt",
    title: "Batik shirt",
    options: [{ name: "Colour", values: ["Blue", "Red"] }, sizes],
    variants: [
      { sku: "BS-BL", priceMinor: 450000n, options: ["Blue", "L"] },
      { sku: "BS-RM", priceMinor: 480000n, options: ["Red", "M"] },
    ],
    categoryIds: [shirts.id],
    publishedAt: day(2),
  });
  await addProduct(store.id, {
    handle: "sarong",
    title: "Cotton sarong",
    variants: [{ sku: "SR-1", priceMinor: 150000n }],
    categoryIds: [clothing.id],
    publishedAt: day(1),
  });
  await addProduct(store.id, {
    handle: "sarong-draft",
    title: "Draft sarong",
    status: "DRAFT",
    variants: [{ sku: "SR-D", priceMinor: 100n }],
    categoryIds: [clothing.id],
  });
  for (let i = 1; i <= 30; i++) {
    await addProduct(store.id, {
      handle: `bulk-${i}`,
      title: `Bulk item ${String(i).padStart(2, "0")}`,
      variants: [{ sku: `BULK-${i}`, priceMinor: BigInt(i * 100) }],
      categoryIds: [bulk.id],
      publishedAt: day(i),
    });
  }
  // Search ranking: the word in the title beats the word in the description or tags.
  await addProduct(store.id, { handle: "word-in-description", title: "Tea tray", description: `Carved ${word} motif, ${word} twice`, variants: [{ sku: "TT-1", priceMinor: 100n }] });
  await addProduct(store.id, { handle: "word-in-tags", title: "Tea cup", tags: `gift, ${word}`, variants: [{ sku: "TC-1", priceMinor: 100n }] });
  await addProduct(store.id, { handle: "word-in-title", title: `The ${word} lamp`, variants: [{ sku: "WL-1", priceMinor: 100n }] });
  await addProduct(store.id, { handle: "word-draft", title: `${word} draft`, status: "DRAFT", variants: [{ sku: "WD-1", priceMinor: 100n }] });
  await addProduct(store.id, { handle: "sku-exact", title: "Plain bowl", variants: [{ sku: `${word}`, priceMinor: 100n }] });
});
afterAll(disconnectDb);

const handles = (page: { items: { handle: string }[] } | null) => page?.items.map((p) => p.handle);

describe("category pages", () => {
  it("lists ACTIVE products of the category and its subcategories, newest first, with breadcrumbs", async () => {
    const page = await getCategoryPage(store.id, "clothing");
    expect(handles(page)).toEqual(["linen-shirt", "batik-shirt", "sarong"]);
    expect(page?.subcategories.map((c) => c.handle)).toEqual(["shirts"]);
    const child = await getCategoryPage(store.id, "SHIRTS");
    expect(child?.breadcrumbs.map((c) => c.name)).toEqual(["Clothing", "Shirts"]);
    expect(child?.facets).toEqual([
      { name: "Size", values: ["S", "M", "L"] },
      { name: "Colour", values: ["Blue", "Red"] },
    ]);
  });

  it("shows the cheapest variant's price and its compare-at price", async () => {
    const page = await getCategoryPage(store.id, "shirts");
    const linen = page?.items.find((p) => p.handle === "linen-shirt");
    expect(linen).toMatchObject({ price: "2500.00", compareAtPrice: null, priceVaries: true, currency: "LKR" });
  });

  it("sorts by price", async () => {
    expect(handles(await getCategoryPage(store.id, "clothing", { sort: "price-asc" }))).toEqual(["sarong", "linen-shirt", "batik-shirt"]);
    expect(handles(await getCategoryPage(store.id, "clothing", { sort: "price-desc" }))).toEqual(["batik-shirt", "linen-shirt", "sarong"]);
  });

  it("filters by a price range in the store's currency", async () => {
    const page = await getCategoryPage(store.id, "clothing", { minPrice: "2000", maxPrice: "2550.50" });
    expect(handles(page)).toEqual(["linen-shirt"]);
    expect(page?.filters).toMatchObject({ minPrice: "2000.00", maxPrice: "2550.50" });
    expect(handles(await getCategoryPage(store.id, "clothing", { minPrice: "4600" }))).toEqual(["batik-shirt"]);
  });

  it("reports unparseable or inverted prices and ignores them", async () => {
    const page = await getCategoryPage(store.id, "clothing", { minPrice: "12.345", maxPrice: "abc" });
    expect(page?.errors).toEqual({ minPrice: expect.any(String), maxPrice: expect.any(String) });
    expect(page?.total).toBe(3);
    const inverted = await getCategoryPage(store.id, "clothing", { minPrice: "3000", maxPrice: "1000" });
    expect(inverted?.errors.maxPrice).toBeDefined();
    expect(handles(inverted)).toEqual(["batik-shirt"]);
  });

  it("filters by option values wherever the option sits, all options on one variant", async () => {
    expect(handles(await getCategoryPage(store.id, "clothing", { options: { Size: ["M"] } }))).toEqual(["linen-shirt", "batik-shirt"]);
    expect(handles(await getCategoryPage(store.id, "clothing", { options: { Size: ["L"] } }))).toEqual(["batik-shirt"]);
    expect(handles(await getCategoryPage(store.id, "clothing", { options: { Size: ["L"], Colour: ["Red"] } }))).toEqual([]);
    expect(handles(await getCategoryPage(store.id, "clothing", { options: { Size: ["M"], Colour: ["Red"] } }))).toEqual(["batik-shirt"]);
    expect(handles(await getCategoryPage(store.id, "clothing", { options: { Size: ["S", "L"] }, maxPrice: "3000" }))).toEqual(["linen-shirt"]);
  });

  it("paginates 24 per page", async () => {
    const first = await getCategoryPage(store.id, "bulk", { sort: "price-asc" });
    expect(first?.items).toHaveLength(CATEGORY_PAGE_SIZE);
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(first?.items[0]?.handle).toBe("bulk-1");
    const second = await getCategoryPage(store.id, "bulk", { sort: "price-asc", page: 2 });
    expect(handles(second)).toEqual(["bulk-25", "bulk-26", "bulk-27", "bulk-28", "bulk-29", "bulk-30"]);
    const beyond = await getCategoryPage(store.id, "bulk", { page: 5 });
    expect(beyond).toMatchObject({ items: [], total: 30, page: 5 });
    expect(handles(await getCategoryPage(store.id, "bulk"))?.[0]).toBe("bulk-30");
  });
});

describe("product page", () => {
  it("returns ordered variants with decimal prices, sanitised description, categories and images", async () => {
    const image = await addImage(store.id, "Folded linen shirt");
    await addProduct(store.id, {
      handle: "with-image",
      title: "With image",
      description: "[site](javascript:alert(1)) plain",
      variants: [{ sku: "WI-1", priceMinor: 99n }],
      mediaIds: [image.id],
      categoryIds: [shirts.id],
    });
    const page = await getProductPage(store.id, "with-image");
    expect(page?.media).toEqual([{ id: image.id, width: 800, height: 600, alt: "Folded linen shirt" }]);
    expect(page?.categories.map((c) => c.handle)).toEqual(["shirts"]);
    expect(page?.descriptionHtml).not.toContain("javascript");

    const linen = await getProductPage(store.id, "linen-shirt");
    expect(linen?.variants.map((v) => [v.sku, v.options, v.price, v.compareAtPrice, v.available])).toEqual([
      ["LS-S", ["S"], "2500.00", null, true],
      ["LS-M", ["M"], "2600.00", "3000.00", true],
    ]);
    expect(linen?.descriptionHtml).toContain("<strong>linen</strong>");
    expect(linen?.descriptionHtml).not.toContain("script");
    expect(linen?.descriptionText).toBe("Breezy linen.");
    expect(linen?.options).toEqual([sizes]);
  });
});

describe("search", () => {
  it("ranks an exact SKU first, then title matches, then description and tag matches; never drafts", async () => {
    const results = await searchProducts(store.id, word);
    expect(handles(results)?.[0]).toBe("sku-exact");
    expect(handles(results)?.[1]).toBe("word-in-title");
    expect(handles(results)?.slice(2).sort()).toEqual(["word-in-description", "word-in-tags"]);
    expect(results.total).toBe(4);
  });

  it("requires every word, matches prefixes and ignores stopwords", async () => {
    expect(handles(await searchProducts(store.id, "linen shirt"))).toEqual(["linen-shirt"]);
    expect(handles(await searchProducts(store.id, "the lINE"))).toEqual(["linen-shirt"]);
    expect((await searchProducts(store.id, "shirt")).items.map((p) => p.handle).sort()).toEqual(["batik-shirt", "linen-shirt"]);
    expect((await searchProducts(store.id, "   ")).items).toEqual([]);
    expect((await searchProducts(store.id, 'linen" +(*')).items.map((p) => p.handle)).toEqual(["linen-shirt"]);
  });

  it("finds by SKU prefix and paginates", async () => {
    expect(handles(await searchProducts(store.id, "LS-"))).toEqual(["linen-shirt"]);
    const page1 = await searchProducts(store.id, "bulk");
    expect(page1).toMatchObject({ total: 30, pageCount: 2 });
    expect(page1.items).toHaveLength(24);
    const page2 = await searchProducts(store.id, "bulk", 2);
    expect(page2.items).toHaveLength(6);
    expect(new Set([...page1.items, ...page2.items].map((p) => p.handle)).size).toBe(30);
    expect(await searchProducts(store.id, "bulk", 9)).toMatchObject({ items: [], total: 30 });
  });
});
