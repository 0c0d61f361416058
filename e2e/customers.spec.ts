import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { ACME, DEMO, DEMO_OWNER, platformUrl, sql, storeApi, storeUrl, uniqueSlug } from "./support";

/**
 * Per-store customer accounts: registration and sign-in on each store's own host, "download
 * my data", "delete my account", the sign-in lock (SIGNIN_MAX_FAILURES=10,
 * SIGNIN_LOCK_SECONDS=4 under npm run test:e2e) and the staff's customer pages.
 */

const ACME_OWNER = { email: "owner@acme.example.com", password: "acme-owner-2026" };

async function registerInBrowser(page: Page, slug: string, person: { name: string; email: string; password: string }) {
  await page.goto(storeUrl(slug, "/account/register"));
  await page.getByLabel("Name", { exact: true }).fill(person.name);
  await page.getByLabel("Email", { exact: true }).fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await expect(page.getByRole("checkbox", { name: /news and offers/ })).not.toBeChecked();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("we have sent a message");
}

/** Registers through the storefront API (always 202, whatever the address). */
async function registerByApi(page: Page, slug: string, person: { name: string; email: string; password: string }) {
  const api = storeApi(slug, "/api/v1/storefront/customers");
  const res = await page.request.post(api.url, { headers: api.headers, data: person });
  expect(res.status()).toBe(202);
}

async function signIn(page: Page, slug: string, email: string, password: string) {
  await page.goto(storeUrl(slug, "/account/login"));
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function expectSignedIn(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
}

async function expectRefused(page: Page) {
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toContainText("do not match an account at this store");
}

async function addAddress(page: Page, slug: string, address: { name: string; line1: string; city: string; postalCode: string; country: string }) {
  await page.goto(storeUrl(slug, "/account/addresses/new"));
  await page.getByLabel("Full name", { exact: true }).fill(address.name);
  await page.getByLabel("Street address", { exact: true }).fill(address.line1);
  await page.getByLabel("City", { exact: true }).fill(address.city);
  await page.getByLabel("Postal code", { exact: true }).fill(address.postalCode);
  await page.getByLabel("Country", { exact: true }).selectOption(address.country);
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByRole("status")).toHaveText("Address saved.");
  await expect(page.locator("address").filter({ hasText: address.line1 })).toBeVisible();
}

async function downloadText(page: Page, link: ReturnType<Page["getByRole"]>) {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, "utf8") };
}

test("one email at demo and acme is two accounts: separate passwords, and demo's data export holds nothing of acme", async ({ page }) => {
  test.setTimeout(120_000);
  const tag = uniqueSlug("two");
  const email = `${tag}@example.com`;
  const atDemo = { name: `Demo Shopper ${tag}`, email, password: `Demo-Pass-${tag}` };
  const atAcme = { name: `Acme Shopper ${tag}`, email, password: `Acme-Pass-${tag}` };
  const demoAddress = { name: atDemo.name, line1: `${tag} Galle Road`, city: "Colombo", postalCode: "00300", country: "LK" };
  const acmeAddress = { name: atAcme.name, line1: `${tag} Main Street`, city: "Springfield", postalCode: "62704", country: "US" };

  await registerInBrowser(page, DEMO.slug, atDemo);
  await registerInBrowser(page, ACME.slug, atAcme);

  await signIn(page, DEMO.slug, email, atAcme.password);
  await expectRefused(page);
  await signIn(page, ACME.slug, email, atDemo.password);
  await expectRefused(page);

  await signIn(page, DEMO.slug, email, atDemo.password);
  await expectSignedIn(page);
  await addAddress(page, DEMO.slug, demoAddress);
  await signIn(page, ACME.slug, email, atAcme.password);
  await expectSignedIn(page);
  await addAddress(page, ACME.slug, acmeAddress);

  await page.goto(storeUrl(DEMO.slug, "/account/privacy"));
  const file = await downloadText(page, page.getByRole("link", { name: "Download my data" }));
  expect(file.name).toMatch(/^demo-customer-data-\d{4}-\d\d-\d\d\.json$/);
  const data = JSON.parse(file.text);
  expect(data.store).toEqual({ name: DEMO.name, slug: DEMO.slug });
  expect(data.account).toMatchObject({ email, name: atDemo.name });
  expect(data.addresses).toEqual([expect.objectContaining({ line1: demoAddress.line1, city: "Colombo", country: "LK", isDefault: true })]);
  for (const foreign of [ACME.name, atAcme.name, acmeAddress.line1, acmeAddress.city, acmeAddress.postalCode]) expect(file.text).not.toContain(foreign);
  const acmeCustomerId = (await sql<{ id: string }[]>("SELECT c.id FROM Customer c JOIN Store s ON s.id = c.storeId WHERE s.slug = ? AND c.email = ?", [ACME.slug, email]))[0]!.id;
  expect(file.text).not.toContain(acmeCustomerId);
});

test("the emailed verification link verifies the address on the store's own host", async ({ page }) => {
  test.setTimeout(60_000);
  const tag = uniqueSlug("verify");
  const person = { name: `Verify ${tag}`, email: `${tag}@example.com`, password: `Verify-Pass-${tag}` };
  await registerByApi(page, DEMO.slug, person);
  let text = "";
  await expect
    .poll(async () => {
      const rows = await sql<{ text: string }[]>("SELECT text FROM MailboxMessage WHERE `to` = ? AND subject LIKE 'Verify your email%'", [person.email]);
      text = rows[0]?.text ?? "";
      return text;
    }, { timeout: 15_000 })
    .toContain("/account/verify-email?token=");
  const link = /(http:\/\/\S+\/account\/verify-email\?token=\S+)/.exec(text)![1]!;
  expect(new URL(link).host).toBe(new URL(storeUrl(DEMO.slug)).host);
  await page.goto(link);
  await page.getByRole("button", { name: "Verify my email" }).click();
  await expect(page.getByRole("status")).toContainText("verified");
  const rows = await sql<{ v: Date | null }[]>("SELECT c.emailVerifiedAt AS v FROM Customer c JOIN Store s ON s.id = c.storeId WHERE s.slug = ? AND c.email = ?", [DEMO.slug, person.email]);
  expect(rows[0]!.v).not.toBeNull();
});

test("a customer who deletes their account can no longer sign in, and the database forgets them", async ({ page }) => {
  test.setTimeout(60_000);
  const tag = uniqueSlug("gone");
  const person = { name: `Leaving ${tag}`, email: `${tag}@example.com`, password: `Leaving-Pass-${tag}` };
  await registerByApi(page, DEMO.slug, person);
  // Let the worker deliver the verification mail first: erasure must remove the delivered copy.
  await expect
    .poll(async () => (await sql<unknown[]>("SELECT id FROM MailboxMessage WHERE `to` = ?", [person.email])).length, { timeout: 15_000 })
    .toBe(1);
  await signIn(page, DEMO.slug, person.email, person.password);
  await expectSignedIn(page);
  await page.goto(storeUrl(DEMO.slug, "/account/privacy"));
  await page.getByLabel("Type DELETE or your password to confirm").fill("delete");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type DELETE (in capitals) or your password.")).toBeVisible();
  await page.getByLabel("Type DELETE or your password to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account has been deleted");

  const response = await page.goto(storeUrl(DEMO.slug, "/account"));
  expect(new URL(page.url()).pathname).toBe("/account/login");
  expect(response?.status()).toBe(200);
  await signIn(page, DEMO.slug, person.email, person.password);
  await expectRefused(page);
  expect(await sql<unknown[]>("SELECT id FROM Customer WHERE email = ?", [person.email])).toEqual([]);
  expect(await sql<unknown[]>("SELECT id FROM MailboxMessage WHERE `to` LIKE ?", [`%${person.email}%`])).toEqual([]);
});

test("20 wrong passwords lock the account: 429 with Retry-After, the right password refused until the lock passes", async ({ page }) => {
  test.setTimeout(60_000);
  const tag = uniqueSlug("lock");
  const person = { name: `Locked ${tag}`, email: `${tag}@example.com`, password: `Right-Pass-${tag}` };
  await registerByApi(page, DEMO.slug, person);

  const csrfApi = storeApi(DEMO.slug, "/api/auth/csrf");
  const { csrfToken } = await (await page.request.get(csrfApi.url, { headers: csrfApi.headers })).json();
  const callback = storeApi(DEMO.slug, "/api/auth/callback/credentials");
  const attempt = (password: string) =>
    page.request.post(callback.url, {
      headers: callback.headers,
      form: { csrfToken, email: person.email, password, json: "true", callbackUrl: storeUrl(DEMO.slug, "/account") },
      maxRedirects: 0,
    });

  const statuses: number[] = [];
  let last = await attempt("wrong-0");
  statuses.push(last.status());
  for (let i = 1; i < 20; i++) {
    last = await attempt(`wrong-${i}`);
    statuses.push(last.status());
  }
  expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
  expect(statuses).toContain(429);
  expect(last.status()).toBe(429);
  const retryAfter = Number(last.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(4);
  expect((await last.json()).error.code).toBe("RATE_LIMITED");

  const during = await attempt(person.password);
  expect(during.status()).toBe(429);

  await expect
    .poll(async () => (await attempt(person.password)).status(), { timeout: 15_000, intervals: [500] })
    .toBe(200);
  const cookies = await page.context().cookies(callback.url);
  expect(cookies.map((c) => c.name)).toContain("ecom.customer.session");
});

test("staff list, view, export and erase their own store's customers; another store's staff get 404", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const tag = uniqueSlug("staffview");
  const person = { name: `Staff View ${tag}`, email: `${tag}@example.com`, password: `Staff-View-${tag}` };
  await registerByApi(page, DEMO.slug, person);
  const customerId = (await sql<{ id: string }[]>("SELECT c.id FROM Customer c JOIN Store s ON s.id = c.storeId WHERE s.slug = ? AND c.email = ?", [DEMO.slug, person.email]))[0]!.id;

  await page.goto(platformUrl("/login?callbackUrl=%2Fdashboard%2Fdemo%2Fcustomers"));
  await page.getByLabel("Email").fill(DEMO_OWNER.email);
  await page.getByLabel("Password").fill(DEMO_OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await expect(page.getByText("Names and phone numbers are stored encrypted and cannot be searched")).toBeVisible();
  await page.getByLabel("Search by email").fill(tag);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row").filter({ hasText: person.email });
  await expect(row).toContainText(person.name);

  const csv = await downloadText(page, page.getByRole("link", { name: "Export CSV" }));
  expect(csv.name).toMatch(/^customers-demo-\d{4}-\d\d-\d\d\.csv$/);
  expect(csv.text.split("\r\n")[0]).toBe("id,email,name,phone,marketing_consent,marketing_consent_at,created_at");
  expect(csv.text).toContain(`${customerId},${person.email},${person.name},,no,,`);

  await row.getByRole("link", { name: person.email }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(person.name);
  const gdpr = await downloadText(page, page.getByRole("link", { name: "GDPR export" }));
  expect(JSON.parse(gdpr.text).account).toMatchObject({ id: customerId, email: person.email, name: person.name });

  // Another store's owner: the page and the API answer 404, as for a customer that does not exist.
  const acme = await browser.newContext();
  const acmePage = await acme.newPage();
  await acmePage.goto(platformUrl("/login?callbackUrl=%2Fdashboard%2Facme%2Fcustomers"));
  await acmePage.getByLabel("Email").fill(ACME_OWNER.email);
  await acmePage.getByLabel("Password").fill(ACME_OWNER.password);
  await acmePage.getByRole("button", { name: "Sign in" }).click();
  await expect(acmePage.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  for (const path of [`/dashboard/acme/customers/${customerId}`, `/dashboard/demo/customers/${customerId}`, "/dashboard/demo/customers"]) {
    const res = await acmePage.goto(platformUrl(path));
    expect(res?.status(), path).toBe(404);
    expect(await acmePage.content()).not.toContain(person.email);
  }
  for (const path of [
    `/api/v1/admin/customers/${customerId}?store=acme`,
    `/api/v1/admin/customers/${customerId}?store=demo`,
    `/api/v1/admin/customers?store=demo`,
    `/dashboard/acme/customers/${customerId}/gdpr-export`,
    `/dashboard/demo/customers/export`,
  ]) {
    const res = await acmePage.request.get(platformUrl(path));
    expect(res.status(), path).toBe(404);
    expect(await res.text()).not.toContain(person.email);
  }
  const own = await acmePage.request.get(platformUrl(`/api/v1/admin/customers?store=acme&q=${encodeURIComponent(tag)}`));
  expect(own.status()).toBe(200);
  expect((await own.json()).total).toBe(0);
  await acme.close();

  await page.getByLabel("Type ERASE to confirm").fill("ERASE");
  await page.getByRole("button", { name: "Erase this customer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Erased customer");
  await expect(page.getByText(/personal data was erased on/)).toBeVisible();
  expect(await sql<unknown[]>("SELECT id FROM Customer WHERE email = ?", [person.email])).toEqual([]);
  const audit = await sql<{ action: string }[]>("SELECT action FROM AuditLogEntry WHERE targetId = ? AND action IN ('customer.erased', 'customer.data_exported') ORDER BY id", [customerId]);
  expect(audit.map((a) => a.action)).toEqual(["customer.data_exported", "customer.erased"]);

  await signIn(page, DEMO.slug, person.email, person.password);
  await expectRefused(page);
});
