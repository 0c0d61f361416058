import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import CategoryPage, { generateMetadata as categoryMetadata } from "@/app/s/[store]/categories/[handle]/category-view";
import ProductPage, { generateMetadata as productMetadata } from "@/app/s/[store]/products/[handle]/product-view";
import SearchPage from "@/app/s/[store]/search/search-view";
import StoreHome from "@/app/s/[store]/page";
import { GET as getSitemap } from "@/app/s/[store]/sitemap.xml/route";
import { GET as getRobots } from "@/app/s/[store]/robots.txt/route";
import { addCategory, addImage, addProduct, makeStore, runId } from "./int-test-support";

/**
 * The storefront routes rendered server-side against a real database (e2e covers the browser):
 * one h1, alt on every image, JSON-LD that parses and cannot be broken out of, canonical URLs
 * on the store's host, and 404 for another store's handles and for drafts. The cached pages
 * delegate to their views (the query moved into the path), so the views are rendered here.
 */
let a: { id: string; slug: string };
let b: { id: string; slug: string };
const victimTitle = `Victim lamp ${runId}`;
let teaImageId: string;
let victimImageId: string;
const HOUR = 3_600_000;

beforeAll(async () => {
  [a, b] = await Promise.all([makeStore("pga"), makeStore("pgb")]);
  const tea = await addCategory(a.id, "tea", "Tea");
  const image = await addImage(a.id, "A clay teapot");
  teaImageId = (await addImage(a.id, "Tea leaves drying in the sun")).id;
  await storeDb(a.id).category.update({ where: { id: tea.id }, data: { imageId: teaImageId } });
  const pot = await addProduct(a.id, {
    handle: "pot",
    title: "Teapot </script><script>alert(1)</script>",
    description: "**Glazed** clay. <script>alert(2)</script>",
    options: [{ name: "Size", values: ["S", "L"] }],
    variants: [
      { sku: "POT-S", priceMinor: 100000n, options: ["S"] },
      { sku: "POT-L", priceMinor: 250000n, compareAtMinor: 300000n, options: ["L"] },
    ],
    categoryIds: [tea.id],
    mediaIds: [image.id],
  });
  await addProduct(a.id, { handle: "hidden", title: "Hidden cup", status: "DRAFT", variants: [{ sku: "H-1", priceMinor: 100n }], categoryIds: [tea.id] });
  const collection = await storeDb(a.id).collection.create({ data: { storeId: a.id, handle: "home", title: "Featured" } });
  await storeDb(a.id).collectionProduct.create({ data: { storeId: a.id, collectionId: collection.id, productId: pot.id } });
  await platformDb().store.update({ where: { id: a.id }, data: { homeCollectionId: collection.id, logoMediaId: image.id } });

  const lamps = await addCategory(b.id, "lamps", "Lamps");
  victimImageId = (await addImage(b.id, "Victim picture")).id;
  // A category of A pointing at B's image (only a bad write could do it) must show nothing of it.
  const cups = await addCategory(a.id, "cups", "Cups", null, 1);
  await storeDb(a.id).category.update({ where: { id: cups.id }, data: { imageId: victimImageId } });

  await platformDb().store.update({ where: { id: a.id }, data: { timeZone: "Asia/Colombo" } });
  const service = await addProduct(a.id, { handle: "tasting", title: "Tea tasting", variants: [{ sku: "TASTE-1", priceMinor: 750000n }] });
  await storeDb(a.id).product.update({ where: { id: service.id }, data: { type: "SERVICE", serviceDurationMinutes: 90 } });
  const slot = (startsAt: Date, capacity: number, booked: number) =>
    storeDb(a.id).serviceSlot.create({ data: { storeId: a.id, productId: service.id, startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000), capacity, booked } });
  await slot(new Date("2030-01-15T04:00:00Z"), 8, 3);
  await slot(new Date("2030-01-16T04:00:00Z"), 2, 2);
  await slot(new Date(Date.now() - 2 * HOUR), 5, 0);
  await addProduct(b.id, { handle: "lamp", title: victimTitle, variants: [{ sku: "L-1", priceMinor: 100n }], categoryIds: [lamps.id] });
});
afterAll(disconnectDb);

const props = (store: { slug: string }, handle = "", searchParams: Record<string, string | string[]> = {}) => ({
  params: Promise.resolve({ store: store.slug, handle }),
  searchParams: Promise.resolve(searchParams),
});

function expectBasics(html: string) {
  expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  expect(html.match(/<img\b(?![^>]*\balt=)[^>]*>/g)).toBeNull();
  expect(html).not.toContain(victimTitle);
}

function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
    expect(m[1]).not.toContain("<");
    const data = JSON.parse(m[1]!) as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(data) ? data : [data];
  });
}

const is404 = { digest: expect.stringContaining("404") };

describe("storefront pages", () => {
  it("home: featured collection, categories and Organization JSON-LD", async () => {
    const html = renderToStaticMarkup(await StoreHome(props(a)));
    expectBasics(html);
    expect(html).toContain("Featured");
    expect(html).toContain('href="/categories/tea"');
    expect(html).not.toContain("Hidden cup");
    const tile = html.match(new RegExp(`<img[^>]*src="/media/${teaImageId}/[^"]*"[^>]*>`))?.[0];
    expect(tile).toContain('alt="Tea leaves drying in the sun"');
    expect(tile).toContain('loading="lazy"');
    expect(tile).toContain(`/media/${teaImageId}/320 320w`);
    expect(html).not.toContain(victimImageId);
    expect(html).not.toContain("Victim picture");
    expect(jsonLdBlocks(html)).toContainEqual(expect.objectContaining({ "@type": "Organization", url: expect.stringContaining(`://${a.slug}.`) }));
  });

  it("product: sanitised description, escaped JSON-LD with offers, canonical URL; the chosen variant from ?variant=", async () => {
    const large = await storeDb(a.id).productVariant.findFirstOrThrow({ where: { sku: "POT-L" } });
    const html = renderToStaticMarkup(await ProductPage(props(a, "pot", { variant: large.id })));
    expectBasics(html);
    expect(html).not.toContain("alert(2)");
    expect(html).toContain("<strong>Glazed</strong>");
    expect(html).toMatch(/2,500\.00/);
    expect(html).toMatch(/value="L"[^>]*checked|checked=""[^>]*value="L"/);
    const product = jsonLdBlocks(html).find((d) => d["@type"] === "Product") as { name: string; offers: Record<string, string>[] };
    expect(product.name).toBe("Teapot </script><script>alert(1)</script>");
    expect(product.offers.map((o) => [o.price, o.priceCurrency, o.availability])).toEqual([
      ["1000.00", "LKR", "https://schema.org/InStock"],
      ["2500.00", "LKR", "https://schema.org/InStock"],
    ]);
    const meta = await productMetadata(props(a, "pot"));
    expect(meta.alternates?.canonical).toMatch(new RegExp(`^https?://${a.slug}\\.[^/]+/products/pot$`));
    expect(meta.description).toBe("Glazed clay.");
    expect(JSON.stringify(meta.openGraph)).toContain("/media/");
  });

  it("service product: upcoming times in the store's zone with places left, none that began", async () => {
    const html = renderToStaticMarkup(await ProductPage(props(a, "tasting")));
    expectBasics(html);
    expect(html).toContain("Available times");
    expect(html).toContain("Asia/Colombo");
    expect(html).toContain("Tue, 15 Jan 2030, 09:30</time> – 11:00");
    expect(html).toContain("5 places left");
    expect(html).toContain("Wed, 16 Jan 2030, 09:30</time> – 11:00");
    expect(html).toContain("Fully booked");
    const section = html.slice(html.indexOf('data-testid="service-slots"'));
    expect(section.slice(0, section.indexOf("</section>")).match(/<li\b/g)).toHaveLength(2);
    const potHtml = renderToStaticMarkup(await ProductPage(props(a, "pot")));
    expect(potHtml).not.toContain("Available times");
  });

  it("category: filters form, breadcrumbs JSON-LD, canonical without filters", async () => {
    const html = renderToStaticMarkup(await CategoryPage(props(a, "tea", { minPrice: "2000", o: "Size:L" })));
    expectBasics(html);
    expect(html).toContain('for="minPrice"');
    expect(html).toContain('value="2000.00"');
    expect(html).toContain("1 product");
    expect(html).not.toContain("Hidden cup");
    expect(jsonLdBlocks(html).map((d) => d["@type"])).toEqual(["BreadcrumbList"]);
    const header = html.match(/<img[^>]*>/)?.[0];
    expect(header).toContain(`src="/media/${teaImageId}/640"`);
    expect(header).toContain('alt="Tea leaves drying in the sun"');
    expect(header).toContain('loading="eager"');
    expect(html.indexOf(header!)).toBeLessThan(html.indexOf("<h1"));
    const meta = await categoryMetadata(props(a, "tea", { page: "2", sort: "price-asc" }));
    expect(meta.alternates?.canonical).toMatch(/\/categories\/tea\?page=2$/);
    expect(JSON.stringify(meta.openGraph)).toContain(`/media/${teaImageId}/`);
    const cups = renderToStaticMarkup(await CategoryPage(props(a, "cups")));
    expect(cups).not.toContain("<img");
    expect(cups).not.toContain(victimImageId);
  });

  it("search: results for a word, a form when empty", async () => {
    const html = renderToStaticMarkup(await SearchPage(props(a, "", { q: "teapot" })));
    expectBasics(html);
    expect(html).toContain("1 product found");
    const empty = renderToStaticMarkup(await SearchPage(props(a)));
    expect(empty).toContain('role="search"');
    expect(empty).not.toContain("product found");
    const victim = renderToStaticMarkup(await SearchPage(props(a, "", { q: "victim lamp" })));
    expect(victim).toContain("0 products found");
  });

  it("another store's product or category, and a draft, are not found", async () => {
    await expect(ProductPage(props(a, "lamp"))).rejects.toMatchObject(is404);
    await expect(CategoryPage(props(a, "lamps"))).rejects.toMatchObject(is404);
    await expect(ProductPage(props(a, "hidden"))).rejects.toMatchObject(is404);
    expect(await productMetadata(props(a, "lamp"))).toEqual({});
  });

  it("sitemap.xml and robots.txt name only the store's own URLs", async () => {
    const sitemap = await getSitemap(new Request("http://ignored/"), props(a));
    expect(sitemap.headers.get("content-type")).toContain("application/xml");
    const xml = await sitemap.text();
    expect(xml).toMatch(new RegExp(`<loc>https?://${a.slug}\\.[^<]+/products/pot</loc>`));
    expect(xml).toContain("/categories/tea</loc>");
    expect(xml).not.toMatch(/lamp|hidden/);
    const robots = await (await getRobots(new Request("http://ignored/"), props(a))).text();
    expect(robots).toMatch(new RegExp(`Sitemap: https?://${a.slug}\\.[^\\s]+/sitemap\\.xml`));
    expect((await getSitemap(new Request("http://ignored/"), props({ slug: `nosuch-${runId}` }))).status).toBe(404);
  });
});
