import { expect, test, type APIRequestContext, type Locator } from "@playwright/test";
import { signIn } from "./merchant-helpers";
import { DEMO, DEMO_OWNER, platformUrl, sql, storeApi, storeUrl, within } from "./support";

/**
 * Catalog polish on `demo`: the dashboard's images come from its own host (its CSP allows no
 * other) and only to the store's staff; a service's time slots are added, changed and removed
 * in the dashboard in the store's time zone and show on the storefront within 2 seconds; a
 * category's image shows on the home page's tiles and as the category page's header.
 */

const DEMO_TZ = "Asia/Colombo";
/** The same format as slotTimeFormat in src/server/catalog/slot-times.ts. */
const slotTime = new Intl.DateTimeFormat("en-GB", { timeZone: DEMO_TZ, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

async function loaded(img: Locator): Promise<void> {
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0)), { timeout: 10_000 }).toBeGreaterThan(0);
}

async function storefrontHtml(request: APIRequestContext, path: string): Promise<string> {
  const { url, headers } = storeApi(DEMO.slug, path);
  const res = await request.get(url, { headers });
  expect(res.status()).toBe(200);
  return res.text();
}

/** The storefront's list entry of the slot starting `start` (up to its </li>), or null. */
async function slotEntry(request: APIRequestContext, start: string): Promise<string | null> {
  const after = (await storefrontHtml(request, "/products/ceylon-tea-tasting-class")).split(`${start}</time>`)[1];
  return after === undefined ? null : after.slice(0, after.indexOf("</li>"));
}


test("dashboard thumbnails and previews load from the dashboard's own media route, for the store's staff only", async ({ page, playwright }) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await signIn(page, DEMO_OWNER, `/dashboard/${DEMO.slug}/products?type=SERVICE`);
  await expect(page.getByRole("heading", { name: "Products", level: 1 })).toBeVisible();
  const thumbnail = page.locator("table img").first();
  await expect(thumbnail).toHaveAttribute("src", new RegExp(`^/dashboard/${DEMO.slug}/media/[^/]+/160$`));
  await expect(thumbnail).toHaveAttribute("loading", "lazy");
  await loaded(thumbnail);
  const own = (await thumbnail.getAttribute("src"))!;

  await page.locator("table tbody tr").filter({ has: page.locator("img") }).first().getByRole("link").first().click();
  const gallery = page.getByRole("list", { name: "Gallery order" }).locator("img").first();
  await expect(gallery).toHaveAttribute("src", new RegExp(`^/dashboard/${DEMO.slug}/media/`));
  await loaded(gallery);

  await page.goto(platformUrl(`/dashboard/${DEMO.slug}/theme`));
  const logo = page.getByRole("group", { name: "Logo" }).locator("img");
  await expect(logo).toHaveAttribute("src", new RegExp(`^/dashboard/${DEMO.slug}/media/`));
  await loaded(logo);
  expect(blocked).toEqual([]);

  const ok = await page.request.get(platformUrl(own));
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("image/webp");
  expect(ok.headers()["cache-control"]).toBe("private, max-age=3600");
  const [acmeImage] = await sql<{ id: string }[]>(
    "SELECT m.id FROM MediaAsset m JOIN Store s ON s.id = m.storeId WHERE s.slug = 'acme' AND m.kind = 'IMAGE' LIMIT 1",
  );
  expect((await page.request.get(platformUrl(`/dashboard/${DEMO.slug}/media/${acmeImage!.id}/160`))).status()).toBe(404);
  expect((await page.request.get(platformUrl(`/dashboard/acme/media/${acmeImage!.id}/160`))).status()).toBe(404);

  const anonymous = await playwright.request.newContext();
  const refused = await anonymous.get(platformUrl(own));
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).not.toContain("image/");
  await anonymous.dispose();
});

test("a service's time slots are managed in the store's time zone and show on the storefront within 2 seconds", async ({ page, request }) => {
  test.setTimeout(120_000);
  const [service] = await sql<{ id: string }[]>(
    "SELECT p.id FROM Product p JOIN Store s ON s.id = p.storeId WHERE s.slug = ? AND p.handle = 'ceylon-tea-tasting-class'",
    [DEMO.slug],
  );
  // A time no other run uses: far ahead, at a random minute.
  const day = new Date(Date.now() + (400 + Math.floor(Math.random() * 250)) * 86_400_000);
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: DEMO_TZ, year: "numeric", month: "2-digit", day: "2-digit" }).format(day);
  const time = `${String(10 + Math.floor(Math.random() * 8)).padStart(2, "0")}:${String(Math.floor(Math.random() * 60)).padStart(2, "0")}`;
  const start = slotTime.format(new Date(`${date}T${time}:00+05:30`));

  await signIn(page, DEMO_OWNER, `/dashboard/${DEMO.slug}/products/${service!.id}`);
  const section = page.getByRole("region", { name: "Time slots" });
  await expect(section).toContainText(DEMO_TZ);
  await section.getByLabel("Date (first slot)").fill(date);
  await section.getByLabel(`Start time (${DEMO_TZ})`).fill(time);
  await section.getByLabel("Capacity (places)").fill("5");
  await section.getByLabel("Number of slots").fill("1");
  await section.getByRole("button", { name: "Add time slots" }).click();
  await expect(section.getByRole("status").filter({ hasText: "1 time slot added." })).toBeVisible();
  const row = section.getByRole("row").filter({ hasText: start });
  await expect(row).toHaveCount(1);

  await within(2_000, async () => (await slotEntry(request, start)) !== null);
  expect(await slotEntry(request, start)).toContain("5 places left");

  await row.getByLabel(`Capacity of the slot starting ${start}`).fill("3");
  await row.getByRole("button", { name: `Save capacity of the slot starting ${start}` }).click();
  await expect(section.getByRole("row").filter({ hasText: start }).getByLabel(`Capacity of the slot starting ${start}`)).toHaveValue("3");
  await within(2_000, async () => (await slotEntry(request, start))?.includes("3 places left") ?? false);

  await section.getByRole("row").filter({ hasText: start }).getByRole("button", { name: `Remove the slot starting ${start}` }).click();
  await expect(section.getByRole("status").filter({ hasText: "Time slot removed." })).toBeVisible();
  await expect(section.getByRole("row").filter({ hasText: start })).toHaveCount(0);
  await within(2_000, async () => (await slotEntry(request, start)) === null);

  await section.getByLabel("Date (first slot)").fill("2020-01-01");
  await section.getByRole("button", { name: "Add time slots" }).click();
  await expect(section.getByText(/has already passed/)).toBeVisible();
});

test("a category's image shows on the home page's tiles and as the category page's header", async ({ page, request }) => {
  const [category] = await sql<{ id: string; handle: string; name: string }[]>(
    "SELECT c.id, c.handle, c.name FROM Category c JOIN Store s ON s.id = c.storeId WHERE s.slug = ? AND c.parentId IS NULL ORDER BY c.position, c.name LIMIT 1",
    [DEMO.slug],
  );
  const [image] = await sql<{ id: string; alt: string | null }[]>(
    "SELECT m.id, m.alt FROM MediaAsset m JOIN Store s ON s.id = m.storeId WHERE s.slug = ? AND m.kind = 'IMAGE' AND m.width >= 640 LIMIT 1",
    [DEMO.slug],
  );
  await signIn(page, DEMO_OWNER, `/dashboard/${DEMO.slug}`);
  const patch = (imageId: string | null) => page.request.patch(platformUrl(`/api/v1/admin/categories/${category!.id}?store=${DEMO.slug}`), { data: { imageId } });
  expect((await patch(image!.id)).status()).toBe(200);
  try {
    await within(2_000, async () => (await storefrontHtml(request, "/")).includes(`/media/${image!.id}/`));
    await page.goto(storeUrl(DEMO.slug, "/"));
    const tile = page.getByRole("link", { name: new RegExp(category!.name) }).locator(`img[src^="/media/${image!.id}/"]`);
    await expect(tile).toHaveAttribute("loading", "lazy");
    await expect(tile).toHaveAttribute("alt", image!.alt ?? "");
    await loaded(tile);

    await page.goto(storeUrl(DEMO.slug, `/categories/${category!.handle}`));
    const header = page.locator(`main img[src^="/media/${image!.id}/"]`).first();
    await expect(header).toHaveAttribute("alt", image!.alt || category!.name);
    await loaded(header);
  } finally {
    expect((await patch(null)).status()).toBe(200);
  }
});
