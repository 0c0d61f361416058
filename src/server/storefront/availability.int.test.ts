/**
 * Stock on the storefront: a variant with nothing available is sold out on the product page
 * (not selectable for purchase), in its JSON-LD offer, on product cards and in the API; the
 * category's in-stock filter leaves it out; stock put back makes it available again. Services
 * are available while an upcoming slot has a free seat; untracked variants always are.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { disconnectDb, storeDb } from "@/server/db";
import { adjustStock } from "@/server/inventory";
import CategoryPage from "@/app/s/[store]/categories/[handle]/category-view";
import ProductPage from "@/app/s/[store]/products/[handle]/product-view";
import { getApiProduct } from "./api-get-product";
import { listApiProducts } from "./api-list-products";
import { ZApiProductsQuery } from "./api-schemas";
import { getCategoryPage } from "./get-category-page";
import { getProductPage } from "./get-product-page";
import { parseCategoryQuery } from "./storefront.schemas";
import { addCategory, addProduct, makeStaff, makeStore } from "./int-test-support";

let store: { id: string; slug: string };
let staff: Awaited<ReturnType<typeof makeStaff>>;
let jar: { variantIds: string[] };

beforeAll(async () => {
  store = await makeStore("sf-stock");
  staff = await makeStaff();
  const pantry = await addCategory(store.id, "pantry", "Pantry");
  jar = await addProduct(store.id, {
    handle: "jar",
    title: "Honey jar",
    options: [{ name: "Size", values: ["S", "L"] }],
    variants: [
      { sku: "JAR-S", priceMinor: 100000n, options: ["S"], stock: 0 },
      { sku: "JAR-L", priceMinor: 200000n, options: ["L"], stock: 2 },
    ],
    categoryIds: [pantry.id],
    publishedAt: new Date("2026-01-03"),
  });
  await addProduct(store.id, { handle: "gone", title: "Gone tin", variants: [{ sku: "GONE-1", priceMinor: 5000n, stock: 0 }], categoryIds: [pantry.id], publishedAt: new Date("2026-01-02") });
  await addProduct(store.id, { handle: "free", title: "Free spoon", variants: [{ sku: "FREE-1", priceMinor: 700n }], categoryIds: [pantry.id], publishedAt: new Date("2026-01-01") });
  const full = await addProduct(store.id, { handle: "full-class", title: "Full class", variants: [{ sku: "CLASS-F", priceMinor: 9000n }], categoryIds: [pantry.id] });
  const open = await addProduct(store.id, { handle: "open-class", title: "Open class", variants: [{ sku: "CLASS-O", priceMinor: 9000n }], categoryIds: [pantry.id] });
  const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
  for (const [product, booked] of [
    [full, 4],
    [open, 3],
  ] as const) {
    await storeDb(store.id).product.update({ where: { id: product.id }, data: { type: "SERVICE", serviceDurationMinutes: 60 } });
    await storeDb(store.id).serviceSlot.create({ data: { storeId: store.id, productId: product.id, startsAt: inTwoDays, endsAt: new Date(inTwoDays.getTime() + 3_600_000), capacity: 4, booked } });
  }
});
afterAll(disconnectDb);

const props = (handle: string, searchParams: Record<string, string> = {}) => ({
  params: Promise.resolve({ store: store.slug, handle }),
  searchParams: Promise.resolve(searchParams),
});

function offers(html: string): Record<string, string>[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => [JSON.parse(m[1]!)].flat());
  return (blocks.find((d: { "@type"?: string }) => d["@type"] === "Product") as { offers: Record<string, string>[] }).offers;
}

describe("storefront availability", () => {
  it("the read model marks a variant with nothing available as not available, and the product as available while another variant is", async () => {
    const page = await getProductPage(store.id, "jar");
    expect(page?.variants.map((v) => [v.sku, v.available])).toEqual([
      ["JAR-S", false],
      ["JAR-L", true],
    ]);
    expect(page?.available).toBe(true);
    expect((await getProductPage(store.id, "gone"))?.available).toBe(false);
    expect((await getProductPage(store.id, "free"))?.variants[0]?.available).toBe(true);
  });

  it("a sold-out variant shows Sold out, cannot be added to the cart, and its JSON-LD offer is OutOfStock", async () => {
    const html = renderToStaticMarkup(await ProductPage(props("jar", { variant: jar.variantIds[0]! })));
    expect(html).toMatch(/data-testid="availability"[^>]*>Sold out</);
    expect(html).toMatch(/<button type="submit" disabled=""[^>]*>Sold out<\/button>/);
    expect(html).toContain("(sold out)");
    expect(offers(html).map((o) => [o.sku, o.availability])).toEqual([
      ["JAR-S", "https://schema.org/OutOfStock"],
      ["JAR-L", "https://schema.org/InStock"],
    ]);

    const large = renderToStaticMarkup(await ProductPage(props("jar", { variant: jar.variantIds[1]! })));
    expect(large).toMatch(/data-testid="availability"[^>]*>In stock</);
    expect(large).toMatch(/<button type="submit"[^>]*>Add to cart<\/button>/);
    expect(large).not.toMatch(/<button type="submit" disabled=""/);
  });

  it("a service is available while an upcoming slot has a free seat", async () => {
    expect((await getProductPage(store.id, "full-class"))?.variants[0]?.available).toBe(false);
    expect((await getProductPage(store.id, "open-class"))?.variants[0]?.available).toBe(true);
    const html = renderToStaticMarkup(await ProductPage(props("full-class")));
    expect(offers(html)[0]?.availability).toBe("https://schema.org/OutOfStock");
  });

  it("cards say Sold out for products with nothing available, and the in-stock filter leaves them out", async () => {
    const all = await getCategoryPage(store.id, "pantry", {});
    expect(Object.fromEntries(all!.items.map((c) => [c.handle, c.available]))).toEqual({ jar: true, gone: false, free: true, "full-class": false, "open-class": true });
    const inStock = await getCategoryPage(store.id, "pantry", parseCategoryQuery({ inStock: "1" }));
    expect(inStock?.items.map((c) => c.handle).sort()).toEqual(["free", "jar", "open-class"]);
    expect(inStock?.total).toBe(3);
    expect(inStock?.filters.inStock).toBe(true);

    const html = renderToStaticMarkup(await CategoryPage(props("pantry")));
    const goneCard = html.slice(html.indexOf("Gone tin"), html.indexOf("</article>", html.indexOf("Gone tin")));
    expect(goneCard).toContain("Sold out");
    const jarCard = html.slice(html.indexOf("Honey jar"), html.indexOf("</article>", html.indexOf("Honey jar")));
    expect(jarCard).not.toContain("Sold out");
  });

  it("the API gives availability per variant and per product", async () => {
    const product = await getApiProduct(store.id, "jar");
    expect(product?.variants.map((v) => v.available)).toEqual([false, true]);
    expect(product?.available).toBe(true);
    expect((await getApiProduct(store.id, "gone"))?.available).toBe(false);
    const list = await listApiProducts(store.id, ZApiProductsQuery.parse({ category: "pantry", pageSize: "50" }));
    expect(Object.fromEntries(list!.items.map((i) => [i.handle, i.available]))).toMatchObject({ jar: true, gone: false, free: true, "full-class": false });
  });

  it("after a stock adjustment the sold-out variant is available again everywhere", async () => {
    const [gone] = (await storeDb(store.id).productVariant.findMany({ where: { sku: "GONE-1" }, select: { id: true } })).map((v) => v.id);
    await adjustStock(store.id, staff, { variantId: gone!, quantity: 5, reason: "Restock" });
    expect((await getProductPage(store.id, "gone"))?.variants[0]?.available).toBe(true);
    const html = renderToStaticMarkup(await ProductPage(props("gone")));
    expect(offers(html)[0]?.availability).toBe("https://schema.org/InStock");
    expect((await getCategoryPage(store.id, "pantry", { inStock: true }))?.items.map((c) => c.handle)).toContain("gone");
    expect((await getApiProduct(store.id, "gone"))?.available).toBe(true);
  });
});
