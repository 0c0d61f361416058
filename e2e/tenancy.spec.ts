import { expect, test } from "@playwright/test";
import { ACME, DEMO, platformUrl, port, sql, storeApi, storeUrl, uniqueSlug } from "./support";

for (const [own, other] of [
  [DEMO, ACME],
  [ACME, DEMO],
] as const) {
  test(`${own.slug}'s host shows ${own.name} and nothing of ${other.name}`, async ({ page }) => {
    const response = await page.goto(storeUrl(own.slug));
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("store-name")).toHaveText(own.name);
    await expect(page).toHaveTitle(own.name);
    const html = await page.content();
    expect(html).not.toContain(other.name);
  });

  test(`${own.slug}'s host cannot reach ${other.slug}'s pages through the internal path`, async ({ page }) => {
    const response = await page.goto(storeUrl(own.slug, `/s/${other.slug}`));
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain(other.name);
  });
}

test("an unknown subdomain gets a 404 that names no store", async ({ page }) => {
  const response = await page.goto(storeUrl("nosuch"));
  expect(response?.status()).toBe(404);
  const html = await page.content();
  expect(html).not.toContain(DEMO.name);
  expect(html).not.toContain(ACME.name);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("an unknown store's API answers 404 JSON", async ({ request }) => {
  const api = storeApi("nosuch", "/api/v1/storefront/products");
  const res = await request.get(api.url, { headers: api.headers });
  expect(res.status()).toBe(404);
  expect((await res.json()).error.code).toBe("NOT_FOUND");
});

test("the internal storefront tree is not reachable from the platform host", async ({ page }) => {
  const response = await page.goto(platformUrl(`/s/${DEMO.slug}`));
  expect(response?.status()).toBe(404);
  expect(await page.content()).not.toContain(DEMO.name);
});

test("platform pages and APIs do not answer on a store host", async ({ page, request }) => {
  const response = await page.goto(storeUrl(DEMO.slug, "/admin"));
  expect(response?.status()).toBe(404);
  const target = storeApi(DEMO.slug, "/api/v1/platform/events/redrive");
  const api = await request.post(target.url, { headers: target.headers, data: { eventIds: ["1"] } });
  expect(api.status()).toBe(404);
  const cron = storeApi(DEMO.slug, "/api/cron/outbox");
  expect((await request.get(cron.url, { headers: cron.headers })).status()).toBe(404);
});

test("a client cannot forge the store header", async ({ page }) => {
  const acmeId = (await sql<{ id: string }[]>("SELECT id FROM Store WHERE slug = ?", [ACME.slug]))[0]!.id;
  await page.setExtraHTTPHeaders({ "x-ecom-store-id": acmeId, "x-ecom-store-slug": ACME.slug });
  await page.goto(storeUrl(DEMO.slug));
  await expect(page.getByTestId("store-name")).toHaveText(DEMO.name);
});

test("a suspended store answers 503 store unavailable", async ({ page }) => {
  const slug = uniqueSlug("susp");
  await sql(
    "INSERT INTO Store (id, slug, name, status, country, currency, timeZone, updatedAt) VALUES (?, ?, 'Suspended Shop', 'SUSPENDED', 'US', 'USD', 'UTC', NOW(3))",
    [`st_${slug}`, slug],
  );
  const response = await page.goto(storeUrl(slug));
  expect(response?.status()).toBe(503);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Store unavailable");
  expect(await page.content()).not.toContain("Suspended Shop");
});

test("a verified custom domain serves its store; an unverified one gives 404", async ({ page }) => {
  const demoId = (await sql<{ id: string }[]>("SELECT id FROM Store WHERE slug = ?", [DEMO.slug]))[0]!.id;
  const verified = `${uniqueSlug("shop")}.e2e.test`;
  const unverified = `${uniqueSlug("shop")}.e2e.test`;
  await sql("INSERT INTO StoreDomain (id, storeId, hostname, verifiedAt) VALUES (?, ?, ?, NOW(3)), (?, ?, ?, NULL)", [
    `dom_${verified}`.slice(0, 191), demoId, verified, `dom_${unverified}`.slice(0, 191), demoId, unverified,
  ]);
  // Chromium maps *.e2e.test to loopback (playwright.config.ts host-resolver-rules).
  const ok = await page.goto(`http://${verified}:${port}/`);
  expect(ok?.status()).toBe(200);
  await expect(page.getByTestId("store-name")).toHaveText(DEMO.name);
  const missing = await page.goto(`http://${unverified}:${port}/`);
  expect(missing?.status()).toBe(404);
  expect(await page.content()).not.toContain(DEMO.name);
});

test("the cart API, which the proxy does not run for, takes its store from the Host alone: forged internal headers name nothing", async ({ request }) => {
  const [acme] = await sql<{ id: string }[]>("SELECT id FROM Store WHERE slug = ?", [ACME.slug]);
  const forged = { "x-ecom-area": "store", "x-ecom-store-id": acme!.id, "x-ecom-store-slug": ACME.slug, "x-request-id": "bad id with spaces" };
  const onDemo = storeApi(DEMO.slug, "/api/v1/storefront/carts");
  const created = await request.post(onDemo.url, { headers: { ...onDemo.headers, ...forged } });
  expect(created.status()).toBe(201);
  // The request id is validated as the proxy would: a malformed one is replaced.
  expect(created.headers()["x-request-id"]).toMatch(/^[\w-]{8,64}$/);
  // The security headers next.config.mjs's rules leave out here come from route(), exactly once.
  expect(created.headers()["x-content-type-options"]).toBe("nosniff");
  expect(created.headers()["x-frame-options"]).toBe("DENY");
  expect(created.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  const { id } = await created.json();
  const [row] = await sql<{ slug: string }[]>("SELECT s.slug FROM Cart c JOIN Store s ON s.id = c.storeId WHERE c.id = ?", [id]);
  expect(row?.slug).toBe(DEMO.slug);
  const onAcme = storeApi(ACME.slug, `/api/v1/storefront/carts/${id}`);
  expect((await request.get(onAcme.url, { headers: onAcme.headers })).status()).toBe(404);
  // The platform host, even with forged store headers, and an unknown store: 404 JSON.
  const platform = await request.post(`http://127.0.0.1:${port}/api/v1/storefront/carts`, { headers: { host: `localhost:${port}`, ...forged } });
  expect(platform.status()).toBe(404);
  expect((await platform.json()).error.code).toBe("NOT_FOUND");
  const unknown = storeApi("nosuch", "/api/v1/storefront/carts");
  expect((await request.post(unknown.url, { headers: unknown.headers })).status()).toBe(404);
});
