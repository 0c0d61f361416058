import { expect, test } from "@playwright/test";
import { ADMIN, DEMO, platformUrl, sql, storeUrl, uniqueSlug } from "./support";

test("a dead mail event re-driven by an admin is delivered by the worker into the mailbox", async ({ page }) => {
  const tag = uniqueSlug("redrive");
  const payload = { to: [`${tag}@example.com`], subject: `Order update ${tag}`, text: `Hello from the outbox.\nTrack it: ${platformUrl("/")}` };
  const result = await sql<{ insertId: bigint }>(
    "INSERT INTO OutboxEvent (type, payload, status, attempts, lastError, availableAt) VALUES ('mail.send', ?, 'DEAD', 10, 'smtp down', NOW(3))",
    [JSON.stringify(payload)],
  );
  const eventId = String(result.insertId);

  await page.goto(platformUrl("/login?callbackUrl=%2Fadmin%2Fevents%3Ftype%3Dmail.send"));
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Failed events" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: eventId, exact: true }) });
  await expect(row).toContainText("smtp down");
  await row.getByRole("button", { name: /Re-drive/ }).click();
  // Re-driven events are no longer dead: the page re-renders without the row.
  await expect(row).toHaveCount(0);

  // The worker (started by npm run test:e2e) delivers it through the mailbox transport.
  await expect
    .poll(async () => (await sql<{ status: string }[]>("SELECT status FROM OutboxEvent WHERE id = ?", [eventId]))[0]?.status, { timeout: 15_000 })
    .toBe("DELIVERED");
  await page.goto(platformUrl(`/dev/mailbox?to=${encodeURIComponent(tag)}`));
  await page.getByRole("link", { name: payload.subject }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(payload.subject);
  await expect(page.getByText("Hello from the outbox.")).toBeVisible();
  const audit = await sql<{ n: bigint }[]>("SELECT COUNT(*) AS n FROM AuditLogEntry WHERE action = 'outbox.redrive' AND JSON_CONTAINS(data, ?, '$.eventIds')", [JSON.stringify(eventId)]);
  expect(Number(audit[0]!.n)).toBe(1);
});

test("the mailbox is a platform page: a store host does not serve it", async ({ page }) => {
  const res = await page.goto(storeUrl(DEMO.slug, "/dev/mailbox"));
  expect(res?.status()).toBe(404);
});
