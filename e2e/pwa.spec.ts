import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { ACME, DEMO, sql, storeApi, storeUrl, uniqueSlug } from "./support";

/**
 * The storefront as an installable app: each store host serves its own web app manifest and
 * icons, and one service worker that precaches the offline page, keeps visited catalog pages
 * and never keeps account pages. Offline navigation itself is not simulated (setOffline is
 * flaky): the worker's caches are inspected instead.
 */

type TManifest = {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
};

async function themeColour(slug: string) {
  return (await sql<{ themeColor: string }[]>("SELECT themeColor FROM Store WHERE slug = ?", [slug]))[0]!.themeColor;
}

async function activeHandles(slug: string) {
  const product = await sql<{ handle: string; title: string }[]>(
    "SELECT p.handle, p.title FROM Product p JOIN Store s ON s.id = p.storeId WHERE s.slug = ? AND p.status = 'ACTIVE' ORDER BY p.handle LIMIT 1",
    [slug],
  );
  const category = await sql<{ handle: string }[]>("SELECT c.handle FROM Category c JOIN Store s ON s.id = c.storeId WHERE s.slug = ? ORDER BY c.handle LIMIT 1", [slug]);
  return { product: product[0]!, category: category[0]!.handle };
}

async function getManifest(request: APIRequestContext, slug: string) {
  const target = storeApi(slug, "/manifest.webmanifest");
  const res = await request.get(target.url, { headers: target.headers });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/manifest+json");
  return (await res.json()) as TManifest;
}

async function getIcon(request: APIRequestContext, slug: string, src: string) {
  const target = storeApi(slug, src);
  const res = await request.get(target.url, { headers: target.headers });
  expect(res.status(), src).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const bytes = await res.body();
  const meta = await sharp(bytes).metadata();
  return { bytes, meta };
}

/** Every URL in every Cache Storage cache of the page's origin, as paths with their query. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) {
        const url = new URL(req.url);
        paths.push(url.pathname + url.search);
      }
    }
    return paths;
  });
}

async function cachedText(page: Page, pathWithQuery: string): Promise<string | null> {
  return page.evaluate(async (p) => {
    const res = await caches.match(p, { ignoreSearch: p.startsWith("/offline") });
    return res ? res.text() : null;
  }, pathWithQuery);
}

async function waitForWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

test("a store host serves its own manifest, with its name, theme colour and PNG icons of the stated sizes", async ({ request }) => {
  const manifest = await getManifest(request, DEMO.slug);
  const colour = await themeColour(DEMO.slug);
  expect(manifest).toMatchObject({ name: DEMO.name, start_url: "/", scope: "/", display: "standalone", theme_color: colour, background_color: colour });
  expect(manifest.short_name.length).toBeGreaterThan(0);
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(DEMO.name.startsWith(manifest.short_name)).toBe(true);

  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  for (const icon of manifest.icons) {
    expect(icon.type).toBe("image/png");
    expect(icon.src).not.toMatch(/\.(png|jpe?g|webp|avif|svg|ico)(\?|$)/);
    const { meta } = await getIcon(request, DEMO.slug, icon.src);
    const [w, h] = icon.sizes.split("x").map(Number);
    expect([meta.format, meta.width, meta.height], icon.src).toEqual(["png", w, h]);
  }
});

test("another store's manifest and icons are its own", async ({ request }) => {
  const demo = await getManifest(request, DEMO.slug);
  const acme = await getManifest(request, ACME.slug);
  expect(acme.name).toBe(ACME.name);
  expect(acme.theme_color).toBe(await themeColour(ACME.slug));
  expect(acme.theme_color).not.toBe(demo.theme_color);
  expect(JSON.stringify(acme)).not.toContain(DEMO.name);
  const demoIcon = await getIcon(request, DEMO.slug, demo.icons[0]!.src);
  const acmeIcon = await getIcon(request, ACME.slug, acme.icons[0]!.src);
  expect(acmeIcon.bytes.equals(demoIcon.bytes)).toBe(false);
});

test("a store without a logo gets a default icon on its theme colour; unknown and suspended stores get no manifest", async ({ request }) => {
  const slug = uniqueSlug("pwa");
  await sql(
    "INSERT INTO Store (id, slug, name, status, country, currency, timeZone, themeColor, updatedAt) VALUES (?, ?, 'Zinnia Garden Supplies', 'ACTIVE', 'LK', 'LKR', 'Asia/Colombo', '#b91c1c', NOW(3))",
    [`st_${slug}`, slug],
  );
  const manifest = await getManifest(request, slug);
  expect(manifest).toMatchObject({ name: "Zinnia Garden Supplies", short_name: "Zinnia", theme_color: "#b91c1c" });
  for (const icon of manifest.icons) {
    const { bytes, meta } = await getIcon(request, slug, icon.src);
    expect(meta.width).toBe(Number(icon.sizes.split("x")[0]));
    const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)], "corner pixel is the theme colour").toEqual([0xb9, 0x1c, 0x1c]);
    // The letter: a good share of light pixels in the middle.
    let light = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i]! > 200 && data[i + 1]! > 200 && data[i + 2]! > 200) light++;
    expect(light).toBeGreaterThan((info.width * info.height) / 50);
  }

  const unknown = storeApi("nosuch", "/manifest.webmanifest");
  expect((await request.get(unknown.url, { headers: unknown.headers })).status()).toBe(404);
  const unknownIcon = storeApi("nosuch", "/app-icon/192");
  expect((await request.get(unknownIcon.url, { headers: unknownIcon.headers })).status()).toBe(404);

  const suspended = uniqueSlug("pwas");
  await sql(
    "INSERT INTO Store (id, slug, name, status, country, currency, timeZone, updatedAt) VALUES (?, ?, 'Suspended Pwa Shop', 'SUSPENDED', 'US', 'USD', 'UTC', NOW(3))",
    [`st_${suspended}`, suspended],
  );
  for (const p of ["/manifest.webmanifest", "/app-icon/192"]) {
    const target = storeApi(suspended, p);
    const res = await request.get(target.url, { headers: target.headers });
    expect(res.status(), p).not.toBe(200);
    expect(await res.text()).not.toContain("Suspended Pwa Shop");
  }
  const badSize = storeApi(DEMO.slug, "/app-icon/64");
  expect((await request.get(badSize.url, { headers: badSize.headers })).status()).toBe(404);
});

test("the service worker is served with root scope allowed, registers and controls store pages", async ({ page, request }) => {
  const sw = storeApi(DEMO.slug, "/serwist/sw.js");
  const res = await request.get(sw.url, { headers: sw.headers });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("javascript");
  expect(res.headers()["service-worker-allowed"]).toBe("/");

  await page.goto(storeUrl(DEMO.slug));
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", await themeColour(DEMO.slug));
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /^\/app-icon\/180\?v=/);
  await waitForWorker(page);
  const registration = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return { scope: reg.scope, script: navigator.serviceWorker.controller!.scriptURL };
  });
  expect(registration).toEqual({ scope: `${storeUrl(DEMO.slug, "/")}`, script: storeUrl(DEMO.slug, "/serwist/sw.js") });
});

test("after visiting a product page, it and the offline page are in the worker's caches", async ({ page }) => {
  const { product } = await activeHandles(DEMO.slug);
  const productPath = `/products/${product.handle}`;
  const response = await page.goto(storeUrl(DEMO.slug, productPath));
  // The worker never stores a response marked private or no-store (Next's default for a
  // dynamic page): catalog pages must be sent as storable for this to work at all.
  expect(response?.headers()["cache-control"] ?? "", "Cache-Control of a product page").not.toMatch(/private|no-store/);
  await waitForWorker(page);

  await expect.poll(() => cachedPaths(page), { timeout: 15_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/^\/offline(\?|$)/), productPath]));
  const offline = await cachedText(page, "/offline");
  expect(offline).toContain("You are offline");
  expect(offline).toContain(DEMO.name);
  expect(await cachedText(page, productPath)).toContain(product.title);
});

test("account pages and API responses never enter any cache", async ({ page }) => {
  const { product, category } = await activeHandles(DEMO.slug);
  await page.goto(storeUrl(DEMO.slug, `/products/${product.handle}`));
  await waitForWorker(page);
  await page.goto(storeUrl(DEMO.slug, "/account/login"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.evaluate(() => fetch("/api/v1/storefront/products?pageSize=1").then((r) => r.text()));
  // A later catalog page reaching the cache shows the worker has handled everything before it.
  await page.goto(storeUrl(DEMO.slug, `/categories/${category}`));
  await expect.poll(() => cachedPaths(page), { timeout: 15_000 }).toContain(`/categories/${category}`);
  const paths = await cachedPaths(page);
  expect(paths.filter((p) => p.startsWith("/account") || p.startsWith("/api/"))).toEqual([]);
});

test("a store host passes Chromium's installability checks", async ({ playwright }, testInfo) => {
  // Installability is never reported in an incognito profile, which a normal test context is.
  const dir = await mkdtemp(path.join(os.tmpdir(), "ecom-pwa-"));
  const context = await playwright.chromium.launchPersistentContext(dir, { ...testInfo.project.use.launchOptions });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(storeUrl(DEMO.slug));
    await waitForWorker(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toBe(storeUrl(DEMO.slug, "/manifest.webmanifest"));
    await expect.poll(async () => (await cdp.send("Page.getInstallabilityErrors")).installabilityErrors, { timeout: 15_000 }).toEqual([]);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
