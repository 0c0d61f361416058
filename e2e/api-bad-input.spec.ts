import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ADMIN, DEMO, platformUrl, storeApi } from "./support";

/**
 * Every API route that accepts a body, discovered from src/app/api, is sent malformed JSON,
 * a wrong content type and an oversized body, signed in as a platform admin so the request
 * gets past authorization. Each must answer 4xx with a JSON error: never a 500.
 */
type TRoute = { url: string; methods: string[] };

function discover(dir: string, segments: string[] = []): TRoute[] {
  const routes: TRoute[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const seg = entry.startsWith("[...") ? "x" : entry.startsWith("[") ? "1" : entry;
      routes.push(...discover(full, [...segments, seg]));
    } else if (entry === "route.ts") {
      const source = readFileSync(full, "utf8");
      const methods = ["POST", "PUT", "PATCH", "DELETE"].filter((m) =>
        new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b|as\\s+${m}\\b`).test(source),
      );
      if (methods.length) routes.push({ url: `/api/${segments.join("/")}`, methods });
    }
  }
  return routes;
}

const routes = discover(path.join(process.cwd(), "src/app/api"));

test("there are body-accepting API routes to check", () => {
  expect(routes.length).toBeGreaterThan(0);
});

test.describe("bad bodies get 4xx JSON errors", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(platformUrl("/login?callbackUrl=%2Fadmin"));
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/admin/);
  });

  for (const r of routes) {
    for (const method of r.methods) {
      test(`${method} ${r.url}`, async ({ page }) => {
        const target = r.url.startsWith("/api/v1/storefront") ? storeApi(DEMO.slug, r.url) : { url: platformUrl(r.url), headers: {} };
        const cases = [
          { body: '{"unterminated": ', type: "application/json" },
          { body: "not json at all", type: "application/json" },
          { body: "a=1&b=2", type: "text/plain" },
          { body: JSON.stringify({ big: "x".repeat(2_000_000) }), type: "application/json" },
        ];
        for (const c of cases) {
          const res = await page.request.fetch(target.url, { method, data: c.body, headers: { ...target.headers, "content-type": c.type } });
          expect(res.status(), `${method} ${r.url} with ${c.type} ${c.body.slice(0, 20)}`).toBeGreaterThanOrEqual(400);
          expect(res.status(), `${method} ${r.url} with ${c.type} ${c.body.slice(0, 20)}`).toBeLessThan(500);
          if (!r.url.startsWith("/api/auth/")) {
            const json = await res.json();
            expect(typeof json.error.code).toBe("string");
            expect(json.error.requestId).toBeTruthy();
          }
        }
      });
    }
  }
});
