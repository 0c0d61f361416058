import { expect, test } from "@playwright/test";
import { seedOwnedStore, signIn } from "./merchant-helpers";
import { DEMO, platformUrl, sql } from "./support";

/**
 * CSV import and export in the dashboard, as a merchant uses them: a file with bad rows is
 * reported row by row and writes nothing; the fixed file applies with a progress bar; the
 * export link downloads a file that imports again without changes. Another store's import
 * page and export are 404.
 */

const HEADER = "handle,title,description,status,categories,option1_name,sku,option1_value,price,compare_at_price\n";
const rows = (price: string, category: string) =>
  HEADER +
  `e2e-tee,E2E tee,"Soft, ""organic""\ncotton",active,${category},Size,E2E-TEE-S,S,1500,2000\n` +
  `e2e-tee,E2E tee,"Soft, ""organic""\ncotton",active,${category},Size,E2E-TEE-M,M,${price},\n` +
  `e2e-mug,E2E mug,,draft,,,E2E-MUG,,750.50,\n`;

test("a merchant checks a CSV, sees each bad row, applies the fixed file and round-trips the export", async ({ page }) => {
  const store = await seedOwnedStore("csv");
  await sql("INSERT INTO Category (id, storeId, handle, name, position, createdAt, updatedAt) VALUES (?, ?, 'shirts', 'Shirts', 0, NOW(3), NOW(3))", [`cat_${store.slug}`, store.storeId]);
  await signIn(page, store.owner, `/dashboard/${store.slug}/products/import`);
  await page.goto(platformUrl(`/dashboard/${store.slug}/products/import`));
  await expect(page.getByRole("heading", { name: "Import products" })).toBeVisible();

  const input = page.getByLabel("CSV file");
  await input.setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(rows("1500.555", "no-such")) });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  const table = page.getByRole("table", { name: "Rows that cannot be imported" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table).toContainText('categories: Unknown category handle "no-such"');
  await expect(table).toContainText("price: LKR amounts have at most 2 decimal places");
  const [count] = await sql<{ n: bigint }[]>("SELECT COUNT(*) AS n FROM Product WHERE storeId = ?", [store.storeId]);
  expect(Number(count!.n)).toBe(0);

  await input.setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(rows("1500.50", "shirts")) });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  await expect(page.getByText("No problems found. Nothing has been written yet.")).toBeVisible();
  await expect(page.getByText("3 rows: 2 products to create")).toBeVisible();
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByText(/Import applied in/)).toBeVisible();
  const [variants] = await sql<{ n: bigint }[]>("SELECT COUNT(*) AS n FROM ProductVariant WHERE storeId = ?", [store.storeId]);
  expect(Number(variants!.n)).toBe(3);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export all products as CSV" }).click();
  const file = await (await download).path();
  const { readFile } = await import("node:fs/promises");
  const exported = await readFile(file!, "utf8");
  expect(exported.split("\r\n")[0]).toContain("handle,title,description,type,status");
  expect(exported).toContain('"Soft, ""organic""\ncotton"');
  await input.setInputFiles({ name: "export.csv", mimeType: "text/csv", buffer: Buffer.from(exported) });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  await expect(page.getByText("3 rows: 0 products to create, 0 to update, 2 unchanged")).toBeVisible();
});

test("another store's import page and export are not found", async ({ page }) => {
  const store = await seedOwnedStore("csv-x");
  await signIn(page, store.owner);
  const importPage = await page.goto(platformUrl(`/dashboard/${DEMO.slug}/products/import`));
  expect(importPage?.status()).toBe(404);
  const exported = await page.request.get(platformUrl(`/dashboard/${DEMO.slug}/products/export`));
  expect(exported.status()).toBe(404);
  expect(await exported.text()).not.toContain("handle,title");
  const api = await page.request.post(platformUrl(`/api/v1/admin/products/import?store=${DEMO.slug}&mode=dry-run`), { headers: { "content-type": "text/csv" }, data: HEADER });
  expect(api.status()).toBe(404);
});
