import { expect, test, type Page } from "@playwright/test";
import { ACME, DEMO, sql, storeApi, storeUrl, touchStorefront, uniqueSlug } from "./support";

/**
 * The server-rendered storefront on `demo`, with a small catalog inserted for this run (unique
 * handles, a distinctive search word), and a look-alike catalog on `acme` that must never show
 * on demo's host: browse a category, filter it, open a product, switch variants, search, JSON-LD,
 * sitemap, robots.txt, and 404s for another store's handles and for drafts.
 */

const run = uniqueSlug("sf").replace(/-/g, "");
const word = `zephyr${run}`;
const h = (name: string) => `${name}-${run}`;

type TVariantRow = {
  id: string;
  sku: string;
  option1: string | null;
  price: number;
  compareAt?: number;
  /** Units on hand in the store's default location (an import in the ledger, as the domain would write it). */
  stock: number;
};

const ids = { demo: "", acme: "" };
const variantIds: Record<string, string> = {};

async function storeId(slug: string) {
  return (await sql<{ id: string }[]>("SELECT id FROM Store WHERE slug = ?", [slug]))[0]!.id;
}

async function insertCategory(store: string, handle: string, name: string) {
  const id = `cat_${handle}`;
  await sql("INSERT INTO Category (id, storeId, handle, name, position, updatedAt) VALUES (?, ?, ?, ?, 0, NOW(3))", [id, store, handle, name]);
  return id;
}

async function insertProduct(
  store: string,
  currency: string,
  p: { handle: string; title: string; description?: string; status?: string; options?: unknown; variants: TVariantRow[]; categoryId: string },
) {
  const id = `prod_${p.handle}`;
  await sql(
    "INSERT INTO Product (id, storeId, handle, title, description, status, tags, options, publishedAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, '', ?, NOW(3), NOW(3))",
    [id, store, p.handle, p.title, p.description ?? "", p.status ?? "ACTIVE", JSON.stringify(p.options ?? [])],
  );
  for (const [position, v] of p.variants.entries()) {
    await sql(
      "INSERT INTO ProductVariant (id, storeId, productId, sku, title, option1, priceMinor, compareAtMinor, currency, position, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3))",
      [v.id, store, id, v.sku, v.option1 ?? "Default", v.option1, v.price, v.compareAt ?? null, currency, position],
    );
  }
  for (const v of p.variants) {
    await sql(
      "INSERT INTO StockLevel (id, storeId, variantId, locationId, onHand, reserved, updatedAt) SELECT ?, ?, ?, id, ?, 0, NOW(3) FROM StockLocation WHERE storeId = ? AND isDefault = 1",
      [`lvl_${v.id}`, store, v.id, v.stock, store],
    );
    await sql(
      "INSERT INTO InventoryLedgerEntry (id, storeId, variantId, locationId, kind, onHandDelta, reservedDelta, actorType, note) SELECT ?, ?, ?, id, 'IMPORT', ?, 0, 'system', 'e2e fixture' FROM StockLocation WHERE storeId = ? AND isDefault = 1",
      [`led_${v.id}`, store, v.id, v.stock, store],
    );
  }
  await sql("INSERT INTO ProductCategory (storeId, productId, categoryId, position) VALUES (?, ?, ?, 0)", [store, id, p.categoryId]);
  return id;
}

/**
 * The fixture is inserted once per worker process: with fullyParallel, Playwright runs beforeAll
 * again in a worker that comes back to this file after another file's tests, and the module
 * (with its `run` ids) is the same one.
 */
let seeded: Promise<void> | undefined;
async function seedFixture(): Promise<void> {
  ids.demo = await storeId(DEMO.slug);
  ids.acme = await storeId(ACME.slug);
  const cat = await insertCategory(ids.demo, h("teaware"), `Teaware ${run}`);
  for (const size of ["S", "M", "L"]) variantIds[size] = `var_${run}_${size}`;
  await insertProduct(ids.demo, "LKR", {
    handle: h("clay-teapot"),
    title: `Clay ${word} teapot`,
    description: "Hand-thrown in **Kandy**. <script>window.__pwned = 1</script>",
    options: [{ name: "Size", values: ["S", "M", "L"] }],
    variants: [
      { id: variantIds.S!, sku: `${run}-S`, option1: "S", price: 150000, stock: 5 },
      { id: variantIds.M!, sku: `${run}-M`, option1: "M", price: 180000, stock: 2 },
      { id: variantIds.L!, sku: `${run}-L`, option1: "L", price: 210000, compareAt: 250000, stock: 0 },
    ],
    categoryId: cat,
  });
  await insertProduct(ids.demo, "LKR", {
    handle: h("tea-spoon"),
    title: "Brass tea spoon",
    description: `Pairs with the ${word} teapot.`,
    variants: [{ id: `var_${run}_spoon`, sku: `${run}-SP`, option1: null, price: 50000, stock: 20 }],
    categoryId: cat,
  });
  await insertProduct(ids.demo, "LKR", {
    handle: h("tea-chest"),
    title: "Teak tea chest",
    variants: [{ id: `var_${run}_chest`, sku: `${run}-CH`, option1: null, price: 500000, stock: 1 }],
    categoryId: cat,
  });
  await insertProduct(ids.demo, "LKR", {
    handle: h("draft-cup"),
    title: `Draft ${word} cup`,
    status: "DRAFT",
    variants: [{ id: `var_${run}_draft`, sku: `${run}-DR`, option1: null, price: 160000, stock: 10 }],
    categoryId: cat,
  });
  const acmeCat = await insertCategory(ids.acme, h("acme-gear"), `Acme gear ${run}`);
  await insertProduct(ids.acme, "USD", {
    handle: h("acme-kettle"),
    title: `Acme ${word} kettle`,
    variants: [{ id: `var_${run}_acme`, sku: `${run}-AK`, option1: null, price: 4999, stock: 10 }],
    categoryId: acmeCat,
  });
  await Promise.all([touchStorefront(DEMO.slug), touchStorefront(ACME.slug)]);
}

test.beforeAll(() => (seeded ??= seedFixture()));

/** Basic accessibility invariants (axe is not installed): one h1, alt on every image, labelled controls. */
async function expectAccessibleBasics(page: Page) {
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator("img:not([alt])")).toHaveCount(0);
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input, select, textarea")]
      .filter((el) => el.type !== "hidden" && el.type !== "submit" && el.type !== "button")
      .filter((el) => (el.labels?.length ?? 0) === 0 && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby"))
      .map((el) => el.outerHTML),
  );
  expect(unlabelled).toEqual([]);
}

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(data) ? data : [data];
  });
}

test("home page shows the store, its categories navigation and passes the basic a11y checks", async ({ page }) => {
  const res = await page.goto(storeUrl(DEMO.slug));
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: `Teaware ${run}` })).toBeVisible();
  expect((await jsonLd(page)).some((d) => d["@type"] === "Organization")).toBe(true);
  expect(await page.content()).not.toContain(`Acme gear ${run}`);
  await expectAccessibleBasics(page);
});

test("browse a category, filter it by price, open a product and switch variants", async ({ page }) => {
  await page.goto(storeUrl(DEMO.slug, `/categories/${h("teaware")}`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Teaware ${run}`);
  const grid = page.getByTestId("product-grid");
  await expect(grid.getByRole("link")).toHaveCount(3);
  await expect(grid).not.toContainText("Draft");
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home", exact: true })).toBeVisible();
  await expectAccessibleBasics(page);
  const breadcrumbs = (await jsonLd(page)).find((d) => d["@type"] === "BreadcrumbList");
  expect(breadcrumbs?.itemListElement).toHaveLength(2);

  await page.getByLabel("Minimum").fill("1000");
  await page.getByLabel("Maximum").fill("3000");
  await page.getByLabel("Sort by").selectOption("price-desc");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/minPrice=1000&maxPrice=3000/);
  await expect(page.getByTestId("result-count")).toHaveText("1 product");
  await expect(grid.getByRole("link")).toHaveText([`Clay ${word} teapot`]);

  await grid.getByRole("link", { name: `Clay ${word} teapot` }).click();
  await expect(page).toHaveURL(new RegExp(`/products/${h("clay-teapot")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Clay ${word} teapot`);
  await expect(page.getByTestId("product-price")).toContainText(/1,500\.00/);
  await expect(page.getByTestId("availability")).toHaveText("In stock");
  await expect(page.getByText("Hand-thrown in")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expectAccessibleBasics(page);

  // A marker on window survives only if the switch does not reload the page.
  await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
  // L is sold out: struck through, and announced as such.
  await page.locator("label").filter({ hasText: /^L \(sold out\)$/ }).click();
  await expect(page.getByRole("radio", { name: "L (sold out)", exact: true })).toBeChecked();
  await expect(page.getByTestId("product-price")).toContainText(/2,100\.00/);
  await expect(page.getByTestId("product-price")).toContainText(/2,500\.00/);
  await expect(page).toHaveURL(new RegExp(`\\?variant=${variantIds.L}$`));
  // L has none in stock: shown as such, and it cannot be added to the cart.
  await expect(page.getByTestId("availability")).toHaveText("Sold out");
  const addButton = page.getByTestId("add-to-cart").getByRole("button", { name: "Sold out" });
  await expect(addButton).toBeDisabled();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  // The server honours ?variant= too: a shared link opens on that variant.
  await page.goto(storeUrl(DEMO.slug, `/products/${h("clay-teapot")}?variant=${variantIds.M}`));
  await expect(page.getByRole("radio", { name: "M", exact: true })).toBeChecked();
  await expect(page.getByTestId("product-price")).toContainText(/1,800\.00/);
});

test("a product page carries valid Product JSON-LD, canonical URL and Open Graph tags", async ({ page }) => {
  await page.goto(storeUrl(DEMO.slug, `/products/${h("clay-teapot")}?variant=${variantIds.S}`));
  const data = await jsonLd(page);
  const product = data.find((d) => d["@type"] === "Product") as { name: string; offers: Record<string, string>[] } | undefined;
  expect(product?.name).toBe(`Clay ${word} teapot`);
  expect(product?.offers).toHaveLength(3);
  expect(product?.offers[0]).toMatchObject({
    "@type": "Offer",
    price: "1500.00",
    priceCurrency: "LKR",
    availability: "https://schema.org/InStock",
  });
  expect(product?.offers[2]).toMatchObject({ price: "2100.00", availability: "https://schema.org/OutOfStock" });
  expect(data.find((d) => d["@type"] === "BreadcrumbList")).toBeDefined();
  const canonical = storeUrl(DEMO.slug, `/products/${h("clay-teapot")}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", canonical);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `Clay ${word} teapot`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Hand-thrown in Kandy/);
});

test("searching a distinctive word finds the title match first, never drafts or other stores", async ({ page }) => {
  await page.goto(storeUrl(DEMO.slug, "/search"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  await expectAccessibleBasics(page);
  await page.getByLabel("Search products").fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("result-count")).toHaveText("2 products found");
  const links = page.getByTestId("product-grid").getByRole("link");
  await expect(links).toHaveText([`Clay ${word} teapot`, "Brass tea spoon"]);
  const html = await page.content();
  expect(html).not.toContain(`Draft ${word} cup`);
  expect(html).not.toContain(`Acme ${word} kettle`);
  await expectAccessibleBasics(page);
});

test("/sitemap.xml and /robots.txt list only this store's URLs on its own host", async ({ request }) => {
  const api = storeApi(DEMO.slug, "/sitemap.xml");
  const res = await request.get(api.url, { headers: api.headers });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("xml");
  const xml = await res.text();
  expect(xml).toContain(`<loc>${storeUrl(DEMO.slug, `/products/${h("clay-teapot")}`)}</loc>`);
  expect(xml).toContain(`<loc>${storeUrl(DEMO.slug, `/categories/${h("teaware")}`)}</loc>`);
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
  expect(xml).not.toContain(h("draft-cup"));
  expect(xml).not.toContain(h("acme-kettle"));
  expect(xml).not.toContain(h("acme-gear"));
  expect(xml).not.toContain(`${ACME.slug}.localhost`);

  const acme = storeApi(ACME.slug, "/sitemap.xml");
  const acmeXml = await (await request.get(acme.url, { headers: acme.headers })).text();
  expect(acmeXml).toContain(h("acme-kettle"));
  expect(acmeXml).not.toContain(h("clay-teapot"));

  const robots = storeApi(DEMO.slug, "/robots.txt");
  const text = await (await request.get(robots.url, { headers: robots.headers })).text();
  expect(text).toContain("Disallow: /account");
  expect(text).toContain("Disallow: /checkout");
  expect(text).toContain(`Sitemap: ${storeUrl(DEMO.slug, "/sitemap.xml")}`);
});

test("another store's product or category, and a draft, are 404 on demo's host", async ({ page }) => {
  for (const path of [`/products/${h("acme-kettle")}`, `/categories/${h("acme-gear")}`, `/products/${h("draft-cup")}`]) {
    const res = await page.goto(storeUrl(DEMO.slug, path));
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const html = await page.content();
    expect(html).not.toContain(`Acme ${word} kettle`);
    expect(html).not.toContain(`Draft ${word} cup`);
  }
  // The same acme product is there on acme's own host.
  const own = await page.goto(storeUrl(ACME.slug, `/products/${h("acme-kettle")}`));
  expect(own?.status()).toBe(200);
  await expect(page.getByTestId("product-price")).toContainText("$49.99");
});
