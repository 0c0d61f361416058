import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, storeUrl } from "./support";

/**
 * axe on demo's storefront pages (the seeded catalog): no serious or critical violations. A
 * failure lists each violation with its rule, help text and the offending elements.
 */

const pages = [
  { name: "home", path: "/" },
  { name: "category", path: "/categories/tea" },
  { name: "product", path: "/products/alba-true-cinnamon-quills" },
  { name: "search", path: "/search?q=tea" },
];

for (const p of pages) {
  test(`${p.name} page (${p.path}) has no serious or critical accessibility violations`, async ({ page }) => {
    const res = await page.goto(storeUrl(DEMO.slug, p.path));
    expect(res?.status()).toBe(200);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    const report = blocking
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `  ${n.target.join(" ")}\n    ${n.html.slice(0, 200)}\n    ${n.failureSummary?.replace(/\n/g, "\n    ") ?? ""}`).join("\n")}`)
      .join("\n\n");
    expect(blocking, report).toEqual([]);
  });
}
