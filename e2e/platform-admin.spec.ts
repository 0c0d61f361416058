import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { hashPassword } from "../src/server/identity/password";
import { ACME, ADMIN, DEMO, DEMO_OWNER, platformUrl, sql, storeApi, storeUrl, uniqueSlug } from "./support";

type TLogin = { email: string; password: string };

async function signIn(page: Page, who: TLogin, callback: string) {
  await page.goto(platformUrl(`/login?callbackUrl=${encodeURIComponent(callback)}`));
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(platformUrl(callback));
}

/** The status a store host answers for its home page (Node reaches *.localhost by Host header). */
async function storefrontStatus(request: APIRequestContext, slug: string): Promise<number> {
  const target = storeApi(slug, "/");
  return (await request.get(target.url, { headers: target.headers, maxRedirects: 0 })).status();
}

/**
 * A store of this test only (demo and acme are shared by other specs and never suspended),
 * owned by a user of this test only, so no other spec sees an extra store in anyone's list.
 */
async function createOwnedStore() {
  const slug = uniqueSlug("pa");
  const name = `Suspendable ${slug}`;
  const storeId = `st_${slug}`;
  const owner = { email: `${uniqueSlug("pa-owner")}@example.com`, password: "suspend-owner-2026" };
  const userId = `pu_${slug}`;
  await sql(
    "INSERT INTO Store (id, slug, name, status, country, currency, timeZone, updatedAt) VALUES (?, ?, ?, 'ACTIVE', 'US', 'USD', 'UTC', NOW(3))",
    [storeId, slug, name],
  );
  await sql("INSERT INTO PlatformUser (id, email, name, passwordHash, emailVerifiedAt, updatedAt) VALUES (?, ?, 'Suspendable Owner', ?, NOW(3), NOW(3))", [
    userId,
    owner.email,
    await hashPassword(owner.password),
  ]);
  await sql("INSERT INTO StoreMembership (id, storeId, userId, role) VALUES (?, ?, ?, 'OWNER')", [`sm_${slug}`, storeId, userId]);
  return { slug, name, storeId, owner };
}

test("a platform admin finds, suspends and reinstates a store; its owner keeps the dashboard", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const store = await createOwnedStore();
  expect(await storefrontStatus(request, store.slug)).toBe(200);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN, "/admin");
  await expect(admin.getByRole("heading", { name: "Stores", level: 1 })).toBeVisible();

  // Search by the owner's email, then by slug with the status filter.
  await admin.getByLabel("Search name, slug or owner email").fill(store.owner.email);
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin).toHaveURL(/[?&]q=/);
  await expect(admin.getByRole("link", { name: store.name })).toBeVisible();
  await expect(admin.getByRole("cell", { name: DEMO.name })).toHaveCount(0);
  await admin.getByLabel("Search name, slug or owner email").fill(store.slug);
  await admin.getByLabel("Status").selectOption("SUSPENDED");
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin.getByText("0 stores match.")).toBeVisible();
  await admin.getByLabel("Status").selectOption("ACTIVE");
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await admin.getByRole("link", { name: store.name }).click();

  await expect(admin).toHaveURL(platformUrl(`/admin/stores/${store.storeId}`));
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(store.name);
  await expect(admin.getByText(store.owner.email)).toBeVisible();
  await admin.getByRole("button", { name: /^Suspend store/ }).click();
  await expect(admin.getByRole("status")).toHaveText("Store suspended. Its storefront now answers 503.");
  await expect(admin.getByRole("button", { name: /^Reinstate store/ })).toBeVisible();
  await expect(admin.getByRole("table", { name: /Suspensions and reinstatements/ }).getByRole("cell", { name: "Suspended" })).toBeVisible();

  // The instance that made the change drops its cached host at once; any other (and the proxy's own
  // module copy, if separate) converges within the host cache TTL (5 s).
  await expect.poll(() => storefrontStatus(request, store.slug), { timeout: 15_000 }).toBe(503);
  const shopper = await browser.newPage();
  const closed = await shopper.goto(storeUrl(store.slug));
  expect(closed?.status()).toBe(503);
  await expect(shopper.getByRole("heading", { level: 1 })).toHaveText("Store unavailable");
  expect(await shopper.content()).not.toContain(store.name);
  await shopper.close();

  // The owner of the suspended store still signs in to its dashboard and reads its audit log.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, store.owner, `/dashboard/${store.slug}/audit`);
  await expect(owner.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await expect(owner.getByRole("rowheader", { name: "store.suspended" })).toBeVisible();
  await expect(owner.getByRole("cell", { name: /Platform admin/ }).first()).toBeVisible();
  expect(await owner.content()).not.toContain(ADMIN.email);
  const dashboard = await owner.goto(platformUrl(`/dashboard/${store.slug}`));
  expect(dashboard?.status()).toBe(200);

  // The platform audit log shows the suspension, filtered by the store.
  await admin.goto(platformUrl("/admin/audit"));
  await admin.getByLabel("Store slug").fill(store.slug);
  await admin.getByLabel("Action (prefix)").fill("store.");
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin).toHaveURL(/\/admin\/audit\?.*store=/);
  const suspension = admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: "store.suspended" }) });
  await expect(suspension).toHaveCount(1);
  await expect(suspension).toContainText(ADMIN.email);
  await expect(suspension).toContainText(store.slug);
  await expect(suspension).toContainText(store.storeId);

  // Reinstating brings the storefront back.
  await admin.goto(platformUrl(`/admin/stores/${store.storeId}`));
  await admin.getByRole("button", { name: /^Reinstate store/ }).click();
  await expect(admin.getByRole("status")).toHaveText("Store reinstated. Its storefront is serving again.");
  await expect.poll(() => storefrontStatus(request, store.slug), { timeout: 15_000 }).toBe(200);
  await expect(admin.getByRole("table", { name: /Suspensions and reinstatements/ }).getByRole("cell", { name: "Reinstated" })).toBeVisible();

  await adminContext.close();
  await ownerContext.close();
});

test("a platform admin lists and searches users, with no way to grant admin rights", async ({ page }) => {
  const email = `${uniqueSlug("pa-user")}@example.com`;
  await sql("INSERT INTO PlatformUser (id, email, name, passwordHash, updatedAt) VALUES (?, ?, 'Listed User', 'x', NOW(3))", [`pu_${email}`.slice(0, 191), email]);
  await signIn(page, ADMIN, "/admin/users");
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  await page.getByLabel("Search email or name").fill(email);
  await page.getByRole("button", { name: "Apply filters" }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: email }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Listed User");
  await expect(row).toContainText("Not verified");
  await page.getByLabel("Search email or name").fill("");
  await page.getByLabel("Role").selectOption("admins");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("cell", { name: ADMIN.email })).toBeVisible();
  await expect(page.getByRole("button", { name: /admin|grant|promote/i })).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
});

test("bad audit filters get field-level messages", async ({ page }) => {
  await signIn(page, ADMIN, "/admin/audit?from=2026-02-02&to=2026-02-01&actorType=robot");
  await expect(page.getByText("Must be on or after the start date")).toBeVisible();
  await expect(page.getByText("Choose an actor type from the list")).toBeVisible();
  await expect(page.getByLabel("To (UTC)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "Fix the filters" })).toHaveText("Fix the filters above to see entries.");
});

test("a store owner who is not a platform admin gets 404 for every admin page", async ({ page }) => {
  const demoId = (await sql<{ id: string }[]>("SELECT id FROM Store WHERE slug = ?", [DEMO.slug]))[0]!.id;
  await signIn(page, DEMO_OWNER, `/dashboard/${DEMO.slug}/audit`);
  for (const path of ["/admin", "/admin/users", "/admin/audit", `/admin/stores/${demoId}`, "/admin/events"]) {
    const res = await page.goto(platformUrl(path));
    expect(res?.status(), path).toBe(404);
    expect(await page.content(), path).not.toContain(ADMIN.email);
  }
});

test("an owner's audit log shows their store's entries and never another store's", async ({ page }) => {
  const marker = uniqueSlug("mark").replace(/-/g, "_");
  const [demoId, acmeId] = await Promise.all(
    [DEMO.slug, ACME.slug].map(async (slug) => (await sql<{ id: string }[]>("SELECT id FROM Store WHERE slug = ?", [slug]))[0]!.id),
  );
  await sql("INSERT INTO AuditLogEntry (storeId, actorType, action, targetType, targetId) VALUES (?, 'system', ?, 'store', ?), (?, 'system', ?, 'store', ?)", [
    demoId,
    `e2e.demo_visible.${marker}`,
    demoId,
    acmeId,
    `e2e.acme_secret.${marker}`,
    acmeId,
  ]);

  await signIn(page, DEMO_OWNER, `/dashboard/${DEMO.slug}/audit`);
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: `e2e.demo_visible.${marker}` })).toBeVisible();
  expect(await page.content()).not.toContain(`acme_secret.${marker}`);

  // Not even when filtering for it.
  await page.getByLabel("Action (prefix)").fill(`e2e.acme_secret.${marker}`);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("0 entries.")).toBeVisible();
  expect(await page.content()).not.toContain(ACME.name);

  // Another store's audit page does not exist for this owner.
  const other = await page.goto(platformUrl(`/dashboard/${ACME.slug}/audit`));
  expect(other?.status()).toBe(404);
  const html = await page.content();
  expect(html).not.toContain(`acme_secret.${marker}`);
  expect(html).not.toContain(ACME.name);
});
