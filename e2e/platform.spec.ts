import { expect, test } from "@playwright/test";
import { platformUrl, storeApi } from "./support";

test("the platform landing page explains ECOM and offers sign-in", async ({ page }) => {
  const response = await page.goto(platformUrl("/"));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("commerce platform");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("health and readiness answer on the platform host", async ({ request }) => {
  const health = await request.get(platformUrl("/api/health"));
  expect(health.status()).toBe(200);
  expect(health.headers()["x-request-id"]).toMatch(/^[\w-]{8,64}$/);
  const ready = await request.get(platformUrl("/api/ready"));
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready" });
});

test("every response carries the security headers", async ({ request }) => {
  const res = await request.get(platformUrl("/"));
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).not.toContain("unsafe-eval");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-powered-by"]).toBeUndefined();
  // Store pages and the storefront API get them too (the rule leaves out only the cart API,
  // whose route() sets the same ones: e2e/tenancy.spec.ts).
  for (const [slug, path] of [
    ["demo", "/"],
    ["demo", "/api/v1/storefront/products"],
  ] as const) {
    const api = storeApi(slug, path);
    const store = (await request.get(api.url, { headers: api.headers })).headers();
    expect(store["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(store["x-content-type-options"]).toBe("nosniff");
    expect(store["x-frame-options"]).toBe("DENY");
  }
});

test("HSTS is sent when the request came over https", async ({ request }) => {
  const plain = await request.get(platformUrl("/api/health"));
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  const tls = await request.get(platformUrl("/"), { headers: { "x-forwarded-proto": "https" } });
  expect(tls.headers()["strict-transport-security"]).toContain("max-age=");
});

test("an unknown API path gets a JSON 404 with the request id", async ({ request }) => {
  const res = await request.get(platformUrl("/api/v1/storefront/products"));
  expect(res.status()).toBe(404);
  const body = await res.json();
  expect(body.error.code).toBe("NOT_FOUND");
  expect(body.error.requestId).toBe(res.headers()["x-request-id"]);
});
