import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { hashPassword } from "../src/server/identity/password";
import { MEMBER_PASSWORD, seedOwnedStore, signIn } from "./merchant-helpers";
import { png } from "./images";
import { ACME, DEMO, DEMO_OWNER, platformUrl, sql, storeApi, storeUrl, uniqueSlug, within } from "./support";

/**
 * The merchant dashboard's catalog pages on `demo`: a product made in the editor (three
 * variants from one option, two uploaded images) reaches the storefront and the admin API
 * within 2 seconds of being activated and leaves the storefront within 2 seconds of going
 * back to draft; a support member cannot open the editor; another store's product is 404.
 */

async function storefrontProduct(request: APIRequestContext, handle: string) {
  const { url, headers } = storeApi(DEMO.slug, `/products/${handle}`);
  const res = await request.get(url, { headers, failOnStatusCode: false, maxRedirects: 0 });
  return { status: res.status(), html: res.status() === 200 ? await res.text() : "" };
}

async function saveStatus(page: Page, status: "ACTIVE" | "DRAFT") {
  await page.getByLabel("Status", { exact: true }).selectOption(status);
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Product saved." })).toBeVisible();
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue(status);
}

test("a merchant creates a product with three variants and two images; it appears and disappears within 2 seconds", async ({ page, request }) => {
  test.setTimeout(120_000);
  const word = `dashcat${Math.random().toString(36).slice(2, 8)}`;
  const handle = `dashboard-${word}`;
  const title = `Hand-loomed sarong ${word}`;
  const sku = `DC-${word.slice(-6).toUpperCase()}`;

  await signIn(page, DEMO_OWNER, `/dashboard/${DEMO.slug}/products/new`);
  await expect(page.getByRole("heading", { name: "New product", level: 1 })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Handle").fill(handle);
  await page.getByLabel("Description", { exact: true }).fill(`Woven by hand in **Kandy**. ${word}`);
  await page.getByLabel("Tags").fill("cotton, handmade");
  await page.getByLabel("Option 1 name").fill("Size");
  await page.getByLabel("Option 1 values").fill("S, M, L");
  await page.getByLabel("Base SKU").fill(sku);
  await page.getByLabel("Price (LKR)", { exact: true }).fill("4500.00");
  await page.getByRole("button", { name: "Create product" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Product created." })).toBeVisible();
  const productId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByLabel(/^SKU of /)).toHaveCount(3);
  await expect(page.getByLabel("SKU of M")).toHaveValue(`${sku}-M`);
  await expect(page.getByLabel("Price of L", { exact: true })).toHaveValue("4500.00");

  // A variant edit is saved with the table.
  await page.getByLabel("Price of L", { exact: true }).fill("4750.00");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Product saved." })).toBeVisible();
  await expect(page.getByLabel("Price of L", { exact: true })).toHaveValue("4750.00");

  // A bad field is refused beside the field, and nothing changes.
  await page.getByLabel("Price of S", { exact: true }).fill("12.345");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByText("LKR amounts have at most 2 decimal places")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "The request is not valid" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Price of S", { exact: true })).toHaveValue("4500.00");

  await page.getByLabel("Upload images").setInputFiles([
    { name: "first.png", mimeType: "image/png", buffer: png([200, 40, 40]) },
    { name: "second.png", mimeType: "image/png", buffer: png([40, 40, 200]) },
  ]);
  await expect(page.getByLabel("Alt text of image 2")).toBeVisible();
  await page.getByRole("button", { name: "Move image 2 up" }).click();
  await page.getByRole("button", { name: "Save images" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Images saved." })).toBeVisible();
  await page.getByLabel("Alt text of image 1").fill("Blue sarong, folded");
  await page.getByRole("button", { name: "Save alt text of image 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  const media = await sql<{ mediaId: string; alt: string | null }[]>(
    "SELECT pm.mediaId, m.alt FROM ProductMedia pm JOIN MediaAsset m ON m.id = pm.mediaId WHERE pm.productId = ? ORDER BY pm.position",
    [productId],
  );
  expect(media).toHaveLength(2);
  expect(media[0]!.alt).toBe("Blue sarong, folded");

  expect((await storefrontProduct(request, handle)).status).toBe(404);
  await saveStatus(page, "ACTIVE");
  await within(2_000, async () => (await storefrontProduct(request, handle)).status === 200);
  const shown = await storefrontProduct(request, handle);
  expect(shown.html).toContain(title);
  for (const m of media) expect(shown.html).toContain(`/media/${m.mediaId}/`);
  expect(shown.html.indexOf(`/media/${media[0]!.mediaId}/`)).toBeLessThan(shown.html.indexOf(`/media/${media[1]!.mediaId}/`));
  await within(2_000, async () => {
    const res = await page.request.get(platformUrl(`/api/v1/admin/products?store=${DEMO.slug}&q=${word}`));
    const body = (await res.json()) as { items: { id: string; status: string }[] };
    return res.ok() && body.items.some((p) => p.id === productId && p.status === "ACTIVE");
  });

  await saveStatus(page, "DRAFT");
  await within(2_000, async () => (await storefrontProduct(request, handle)).status === 404);

  // The list finds it, filtered by status and searched by its word.
  await page.goto(platformUrl(`/dashboard/${DEMO.slug}/products?q=${word}&status=DRAFT`));
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("bulk status change from the product list", async ({ page }) => {
  const word = `bulkcat${Math.random().toString(36).slice(2, 8)}`;
  await signIn(page, DEMO_OWNER, `/dashboard/${DEMO.slug}/products/new`);
  for (const n of [1, 2]) {
    await page.goto(platformUrl(`/dashboard/${DEMO.slug}/products/new`));
    await page.getByLabel("Title", { exact: true }).fill(`Bulk ${word} ${n}`);
    await page.getByLabel("Base SKU").fill(`BK-${word.slice(-6)}-${n}`);
    await page.getByLabel("Price (LKR)", { exact: true }).fill("100");
    await page.getByRole("button", { name: "Create product" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Product created." })).toBeVisible();
  }
  await page.goto(platformUrl(`/dashboard/${DEMO.slug}/products?q=${word}`));
  await expect(page.getByText("2 products")).toBeVisible();
  await page.getByLabel("Select all products on this page").check();
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 products set to archived." })).toBeVisible();
  const rows = await sql<{ status: string }[]>("SELECT p.status FROM Product p JOIN Store s ON s.id = p.storeId WHERE s.slug = ? AND p.title LIKE ?", [DEMO.slug, `Bulk ${word}%`]);
  expect(rows.map((r) => r.status)).toEqual(["ARCHIVED", "ARCHIVED"]);
});

test("a support member may list products but not open the editor (403); another store's product is 404", async ({ browser, page }) => {
  const [demo] = await sql<{ id: string }[]>("SELECT id FROM Store WHERE slug = ?", [DEMO.slug]);
  const [own] = await sql<{ id: string }[]>("SELECT id FROM Product WHERE storeId = ? ORDER BY createdAt LIMIT 1", [demo!.id]);
  const [foreign] = await sql<{ id: string; title: string }[]>("SELECT p.id, p.title FROM Product p JOIN Store s ON s.id = p.storeId WHERE s.slug = ? LIMIT 1", [ACME.slug]);

  const slug = uniqueSlug("support");
  const member = { email: `${slug}@example.com`, password: MEMBER_PASSWORD };
  await sql("INSERT INTO PlatformUser (id, email, name, passwordHash, emailVerifiedAt, updatedAt) VALUES (?, ?, 'Support Tester', ?, NOW(3), NOW(3))", [`pu_${slug}`, member.email, await hashPassword(member.password)]);
  await sql("INSERT INTO StoreMembership (id, storeId, userId, role) VALUES (?, ?, ?, 'SUPPORT')", [`sm_${slug}`, demo!.id, `pu_${slug}`]);

  const context = await browser.newContext();
  const support = await context.newPage();
  await signIn(support, member, `/dashboard/${DEMO.slug}/products`);
  await expect(support.getByRole("heading", { name: "Products", level: 1 })).toBeVisible();
  await expect(support.getByRole("link", { name: "Add product" })).toHaveCount(0);
  for (const path of [`/products/${own!.id}`, "/products/new", "/theme"]) {
    const res = await support.goto(platformUrl(`/dashboard/${DEMO.slug}${path}`));
    expect([path, res?.status()]).toEqual([path, 403]);
  }
  await context.close();

  await signIn(page, DEMO_OWNER, `/dashboard/${DEMO.slug}/products`);
  for (const path of [`/dashboard/${DEMO.slug}/products/${foreign!.id}`, `/dashboard/${ACME.slug}/products/${foreign!.id}`]) {
    const res = await page.goto(platformUrl(path));
    expect([path, res?.status()]).toEqual([path, 404]);
    await expect(page.getByText(foreign!.title)).toHaveCount(0);
  }
});

test("theme settings (logo, announcement, colour) show on the storefront within 2 seconds", async ({ page, request }) => {
  const store = await seedOwnedStore("theme");
  const announcement = `Free delivery ${uniqueSlug("week")}`;
  await signIn(page, store.owner, `/dashboard/${store.slug}/theme`);
  await expect(page.getByRole("heading", { name: "Theme", level: 1 })).toBeVisible();
  await page.getByLabel("Upload a logo image").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png([10, 120, 110]) });
  await expect(page.getByText(/^logo\.png/)).toBeVisible();
  await page.getByLabel("Announcement bar").fill(announcement);
  await page.getByLabel("Primary colour").fill("#0F766E");
  await page.getByRole("button", { name: "Save theme" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Theme saved." })).toBeVisible();

  const [row] = await sql<{ logoMediaId: string | null; themeColor: string }[]>("SELECT logoMediaId, themeColor FROM Store WHERE slug = ?", [store.slug]);
  expect(row!.themeColor).toBe("#0f766e");
  expect(row!.logoMediaId).toBeTruthy();
  const { url, headers } = storeApi(store.slug, "/");
  await within(2_000, async () => {
    const res = await request.get(url, { headers, failOnStatusCode: false });
    const html = await res.text();
    return res.status() === 200 && html.includes(announcement) && html.includes(`/media/${row!.logoMediaId}/`);
  });

  // A refused value is shown beside its field and nothing changes.
  await page.getByLabel("Primary colour").fill("teal");
  await page.getByRole("button", { name: "Save theme" }).click();
  await expect(page.getByText("Use a colour like #0f766e")).toBeVisible();
  const [after] = await sql<{ themeColor: string }[]>("SELECT themeColor FROM Store WHERE slug = ?", [store.slug]);
  expect(after!.themeColor).toBe("#0f766e");
});

test("a category image uploaded in the dashboard shows as the category page's header within 2 seconds", async ({ page, request }) => {
  const store = await seedOwnedStore("catimg");
  await signIn(page, store.owner, `/dashboard/${store.slug}/categories`);
  await page.getByLabel("Name", { exact: true }).fill("Teaware");
  await page.getByLabel("Upload an image").setInputFiles({ name: "teaware.png", mimeType: "image/png", buffer: png([160, 82, 45], 64) });
  await expect(page.getByText(/^teaware\.png/)).toBeVisible();
  await page.getByRole("button", { name: "Create category" }).click();
  await expect(page).toHaveURL(/\/categories\?saved=1$/);

  const [row] = await sql<{ handle: string; imageId: string | null }[]>("SELECT c.handle, c.imageId FROM Category c WHERE c.storeId = ?", [store.storeId]);
  expect(row!.imageId).toBeTruthy();
  const { url, headers } = storeApi(store.slug, `/categories/${row!.handle}`);
  await within(2_000, async () => {
    const res = await request.get(url, { headers, failOnStatusCode: false });
    return res.status() === 200 && (await res.text()).includes(`/media/${row!.imageId}/`);
  });
  await page.goto(storeUrl(store.slug, `/categories/${row!.handle}`));
  await expect(page.locator(`main img[src^="/media/${row!.imageId}/"]`).first()).toBeVisible();
});
