import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, storeDb } from "@/server/db";
import { GET as listRoute } from "@/app/api/v1/storefront/products/route";
import { GET as productRoute } from "@/app/api/v1/storefront/products/[handle]/route";
import { GET as categoriesRoute } from "@/app/api/v1/storefront/categories/route";
import { STORE_HEADER } from "@/server/tenancy";
import { getApiProduct } from "./api-get-product";
import { listApiCategories } from "./api-list-categories";
import { listApiProducts } from "./api-list-products";
import { ZApiCategoryTree, ZApiProduct, ZApiProductList, ZApiProductsQuery } from "./api-schemas";
import { addCategory, addImage, addProduct, makeStore, runId } from "./int-test-support";
import { searchProducts } from "./search-products";

/**
 * The headless storefront API against a real database: attacker store A and victim store B
 * hold look-alike catalogs (same handles, same words, same SKUs); nothing of B and no draft or
 * archived product of A ever comes back on A, by list, search, category, handle or tree.
 */
let a: { id: string; slug: string };
let b: { id: string; slug: string };
let drinksImageId: string;
const word = `zq${runId}brew`;
const q = (input: Record<string, string> = {}) => ZApiProductsQuery.parse(input);

beforeAll(async () => {
  [a, b] = await Promise.all([makeStore("apia"), makeStore("apib")]);
  const drinks = await addCategory(a.id, "drinks", "Drinks", null, 0);
  const tea = await addCategory(a.id, "tea", "Tea", drinks.id, 0);
  await addCategory(a.id, "gifts", "Gifts", null, 1);
  const bDrinks = await addCategory(b.id, "drinks", "Drinks B");
  await addCategory(b.id, "victim-only", "Victim only");
  const image = await addImage(a.id, "A tin of tea");
  drinksImageId = (await addImage(a.id, "Cups of tea and coffee")).id;
  await storeDb(a.id).category.update({ where: { id: drinks.id }, data: { imageId: drinksImageId } });
  await addProduct(a.id, {
    handle: "green-tea",
    title: `Green tea ${word}`,
    description: "**Steamed** leaves",
    options: [{ name: "Size", values: ["50g", "100g"] }],
    variants: [
      { sku: "TEA-50", priceMinor: 150000n, compareAtMinor: 180000n, options: ["50g"] },
      { sku: "TEA-100", priceMinor: 275050n, options: ["100g"] },
    ],
    categoryIds: [tea.id],
    mediaIds: [image.id],
    publishedAt: new Date("2026-01-01T00:00:00Z"),
  });
  await addProduct(a.id, {
    handle: "kettle",
    title: "Kettle",
    description: `Boils water for ${word}`,
    variants: [{ sku: "KET-1", priceMinor: 990000n }],
    categoryIds: [drinks.id],
    publishedAt: new Date("2026-02-01T00:00:00Z"),
  });
  await addProduct(a.id, { handle: "cheap-cup", title: "Cup", variants: [{ sku: "CUP-1", priceMinor: 5000n }], publishedAt: new Date("2026-03-01T00:00:00Z") });
  await addProduct(a.id, { handle: "a-draft", title: `Draft ${word}`, status: "DRAFT", variants: [{ sku: "D-1", priceMinor: 100n }], categoryIds: [tea.id] });
  await addProduct(a.id, { handle: "a-archived", title: `Archived ${word}`, status: "ARCHIVED", variants: [{ sku: "R-1", priceMinor: 100n }], categoryIds: [tea.id] });
  await addProduct(b.id, { handle: "green-tea", title: `Victim green tea ${word}`, variants: [{ sku: "TEA-50", priceMinor: 1n }], categoryIds: [bDrinks.id] });
  await addProduct(b.id, { handle: "victim-only", title: `Victim ${word}`, variants: [{ sku: "V-1", priceMinor: 1n }], categoryIds: [bDrinks.id] });
});
afterAll(disconnectDb);

describe("listApiProducts", () => {
  it("lists only the store's ACTIVE products, newest first, with exact prices and absolute image URLs", async () => {
    const list = await listApiProducts(a.id, q());
    expect(ZApiProductList.parse(list)).toEqual(list);
    expect(list!.items.map((p) => p.handle)).toEqual(["cheap-cup", "kettle", "green-tea"]);
    expect(list).toMatchObject({ page: 1, pageSize: 24, total: 3, pageCount: 1 });
    const tea = list!.items[2]!;
    expect(tea).toMatchObject({ price: "1500.00", compareAtPrice: "1800.00", currency: "LKR", title: `Green tea ${word}` });
    expect(tea.image).toMatchObject({ width: 800, height: 600, alt: "A tin of tea" });
    expect(tea.image!.url).toMatch(new RegExp(`^https?://${a.slug}\\.[^/]+/media/[A-Za-z0-9_-]+/640$`));
    expect(tea.image!.srcSet.split(", ").every((c) => /^https?:\/\/\S+ \d+w$/.test(c))).toBe(true);
    expect(list!.items[0]!.image).toBeNull();
  });

  it("searches by words and SKU, ranking title matches first, and never finds another store's or hidden products", async () => {
    const found = await listApiProducts(a.id, q({ q: word }));
    expect(found!.items.map((p) => p.handle)).toEqual(["green-tea", "kettle"]);
    expect(found!.total).toBe(2);
    expect((await listApiProducts(a.id, q({ q: "TEA-100" })))!.items.map((p) => p.handle)).toEqual(["green-tea"]);
    expect((await listApiProducts(a.id, q({ q: "V-1" })))!.items).toEqual([]);
    expect((await listApiProducts(a.id, q({ q: "victim" })))!.items).toEqual([]);
    expect((await listApiProducts(a.id, q({ q: "D-1" })))!.items).toEqual([]);
    const byPrice = await listApiProducts(a.id, q({ q: word, sort: "price-desc" }));
    expect(byPrice!.items.map((p) => p.handle)).toEqual(["kettle", "green-tea"]);
  });

  it("filters by a category including its subcategories; another store's category is null", async () => {
    expect((await listApiProducts(a.id, q({ category: "drinks", sort: "price-asc" })))!.items.map((p) => p.handle)).toEqual(["green-tea", "kettle"]);
    expect((await listApiProducts(a.id, q({ category: "TEA" })))!.items.map((p) => p.handle)).toEqual(["green-tea"]);
    expect((await listApiProducts(a.id, q({ category: "gifts" })))!.items).toEqual([]);
    expect(await listApiProducts(a.id, q({ category: "victim-only" }))).toBeNull();
  });

  it("pages with the requested page size and counts past the last page", async () => {
    const first = await listApiProducts(a.id, q({ pageSize: "2", sort: "price-asc" }));
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 3, pageCount: 2 });
    expect(first!.items.map((p) => p.handle)).toEqual(["cheap-cup", "green-tea"]);
    expect((await listApiProducts(a.id, q({ pageSize: "2", page: "2", sort: "price-asc" })))!.items.map((p) => p.handle)).toEqual(["kettle"]);
    expect(await listApiProducts(a.id, q({ pageSize: "2", page: "9" }))).toMatchObject({ items: [], total: 3, pageCount: 2 });
  });
});

describe("search ranking", () => {
  it("orders the same text the same way on the search page and in the API", async () => {
    for (const text of [word, "tea", "TEA-50", "kettle boils", "TEA"]) {
      const page = (await searchProducts(a.id, text)).items.map((p) => p.handle);
      const api = (await listApiProducts(a.id, q({ q: text })))!.items.map((p) => p.handle);
      expect(api).toEqual(page);
    }
    expect((await searchProducts(a.id, "TEA-50")).items.map((p) => p.handle)).toEqual(["green-tea"]);
    expect((await searchProducts(a.id, word)).items.map((p) => p.handle)).toEqual(["green-tea", "kettle"]);
  });
});

describe("getApiProduct and listApiCategories", () => {
  it("returns the full product of this store only, and never a draft or archived one", async () => {
    const product = await getApiProduct(a.id, "Green-Tea");
    expect(ZApiProduct.parse(product)).toEqual(product);
    expect(product).toMatchObject({
      handle: "green-tea",
      currency: "LKR",
      options: [{ name: "Size", values: ["50g", "100g"] }],
      variants: [
        { sku: "TEA-50", options: ["50g"], price: "1500.00", compareAtPrice: "1800.00", available: true },
        { sku: "TEA-100", options: ["100g"], price: "2750.50", compareAtPrice: null },
      ],
      categories: [{ handle: "tea", name: "Tea" }],
      slots: [],
      timeZone: "UTC",
    });
    expect(product!.descriptionHtml).toContain("<strong>Steamed</strong>");
    expect(product!.media[0]!.url).toContain(`://${a.slug}.`);
    expect(product!.url).toMatch(new RegExp(`://${a.slug}\\.[^/]+/products/green-tea$`));
    expect((await getApiProduct(b.id, "green-tea"))!.title).toBe(`Victim green tea ${word}`);
    expect(await getApiProduct(a.id, "victim-only")).toBeNull();
    expect(await getApiProduct(a.id, "a-draft")).toBeNull();
    expect(await getApiProduct(a.id, "a-archived")).toBeNull();
  });

  it("lists a service's upcoming slots with the places left, never one that began", async () => {
    const service = await addProduct(a.id, { handle: "brew-class", title: "Brewing class", variants: [{ sku: "CLASS-1", priceMinor: 500000n }] });
    await storeDb(a.id).product.update({ where: { id: service.id }, data: { type: "SERVICE", serviceDurationMinutes: 60 } });
    const slot = (startsAt: string, capacity: number, booked: number) =>
      storeDb(a.id).serviceSlot.create({ data: { storeId: a.id, productId: service.id, startsAt: new Date(startsAt), endsAt: new Date(new Date(startsAt).getTime() + 3_600_000), capacity, booked } });
    const later = await slot("2031-05-02T10:00:00Z", 4, 4);
    const sooner = await slot("2031-05-01T10:00:00Z", 6, 1);
    await slot(new Date(Date.now() - 600_000).toISOString(), 6, 0);
    const product = await getApiProduct(a.id, "brew-class");
    expect(ZApiProduct.parse(product)).toEqual(product);
    expect(product!.slots).toEqual([
      { id: sooner.id, startsAt: "2031-05-01T10:00:00.000Z", endsAt: "2031-05-01T11:00:00.000Z", seatsLeft: 5 },
      { id: later.id, startsAt: "2031-05-02T10:00:00.000Z", endsAt: "2031-05-02T11:00:00.000Z", seatsLeft: 0 },
    ]);
    await storeDb(a.id).product.delete({ where: { id: service.id } });
  });

  it("gives the store's own category tree, nested and in order", async () => {
    const tree = await listApiCategories(a.id);
    expect(ZApiCategoryTree.parse(tree)).toEqual(tree);
    expect(tree.categories.map((c) => [c.handle, c.children.map((x) => x.handle)])).toEqual([
      ["drinks", ["tea"]],
      ["gifts", []],
    ]);
    expect(JSON.stringify(tree)).not.toContain("Victim");
    const [drinks, gifts] = tree.categories;
    expect(drinks!.image).toMatchObject({ alt: "Cups of tea and coffee", width: 800, height: 600 });
    expect(drinks!.image!.url).toMatch(new RegExp(`^https?://${a.slug}\\.[^/]+/media/${drinksImageId}/640$`));
    expect(gifts!.image).toBeNull();
    expect(drinks!.children[0]!.image).toBeNull();
  });
});

describe("the storefront API routes", () => {
  const call = async (handler: (req: Request, ctx?: never) => Promise<Response>, path: string, storeId: string | null, params?: Record<string, string>) => {
    const headers: Record<string, string> = storeId ? { "x-ecom-area": "store", [STORE_HEADER]: storeId } : {};
    const res = await handler(new Request(`http://shop.test${path}`, { headers }), (params ? { params: Promise.resolve(params) } : undefined) as never);
    return { res, json: (await res.json()) as Record<string, unknown> & { error?: { code: string; details?: { fields?: { path: string }[] } } } };
  };

  it("answers with the list, public short caching and Vary: Host", async () => {
    const { res, json } = await call(listRoute, `/api/v1/storefront/products?q=${word}&pageSize=1`, a.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=1, stale-while-revalidate=1");
    expect(res.headers.get("vary")).toBe("Host");
    expect(json).toMatchObject({ page: 1, pageSize: 1, total: 2, pageCount: 2 });
  });

  it("refuses pageSize above 100 and unknown sorts with 422 naming the field", async () => {
    const big = await call(listRoute, "/api/v1/storefront/products?pageSize=101", a.id);
    expect(big.res.status).toBe(422);
    expect(big.json.error?.details?.fields?.map((f) => f.path)).toEqual(["pageSize"]);
    expect(big.res.headers.get("cache-control")).toBe("no-store");
    expect((await call(listRoute, "/api/v1/storefront/products?sort=cheapest", a.id)).res.status).toBe(422);
    expect((await call(listRoute, "/api/v1/storefront/products?pageSize=0", a.id)).res.status).toBe(422);
    expect((await call(listRoute, "/api/v1/storefront/products?pageSize=100", a.id)).res.status).toBe(200);
  });

  it("is 404 without a store host, for another store's category and for another store's or hidden handles", async () => {
    expect((await call(listRoute, "/api/v1/storefront/products", null)).res.status).toBe(404);
    expect((await call(categoriesRoute, "/api/v1/storefront/categories", null)).res.status).toBe(404);
    expect((await call(listRoute, "/api/v1/storefront/products?category=victim-only", a.id)).res.status).toBe(404);
    for (const handle of ["victim-only", "a-draft", "a-archived"]) {
      const { res, json } = await call(productRoute, `/api/v1/storefront/products/${handle}`, a.id, { handle });
      expect(res.status).toBe(404);
      expect(JSON.stringify(json)).not.toContain("Victim");
    }
    const own = await call(productRoute, "/api/v1/storefront/products/green-tea", a.id, { handle: "green-tea" });
    expect(own.res.status).toBe(200);
    expect(own.json.title).toBe(`Green tea ${word}`);
    expect(own.res.headers.get("vary")).toBe("Host");
  });

  it("serves the category tree", async () => {
    const { res, json } = await call(categoriesRoute, "/api/v1/storefront/categories", a.id);
    expect(res.status).toBe(200);
    expect((json.categories as { handle: string }[]).map((c) => c.handle)).toEqual(["drinks", "gifts"]);
    expect(res.headers.get("cache-control")).toContain("s-maxage=1");
  });
});
