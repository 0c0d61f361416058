import { expect, test, type Page } from "@playwright/test";
import { ADMIN, DEMO_OWNER, platformUrl } from "./support";

async function signIn(page: Page, who: { email: string; password: string }, callback = "/admin") {
  await page.goto(platformUrl(`/login?callbackUrl=${encodeURIComponent(callback)}`));
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("signed-out visitors to /admin are sent to sign in", async ({ page }) => {
  await page.goto(platformUrl("/admin/events"));
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
  await signIn(page, { email: ADMIN.email, password: "not-the-password" });
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toHaveText(
    "That email and password do not match an account.",
  );
  await expect(page).toHaveURL(/\/login/);
});

test("a platform admin sees the stores and the failed events page", async ({ page }) => {
  await signIn(page, ADMIN);
  await expect(page.getByRole("heading", { name: "Stores" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Ceylon Curated" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Acme Outfitters" })).toBeVisible();
  await page.getByRole("link", { name: "Failed events" }).click();
  await expect(page).toHaveURL(/\/admin\/events/);
});

test("a store owner who is not a platform admin gets 404 from /admin", async ({ page }) => {
  await signIn(page, DEMO_OWNER, "/");
  await expect(page).toHaveURL(platformUrl("/"));
  const res = await page.goto(platformUrl("/admin"));
  expect(res?.status()).toBe(404);
});

test("the platform admin API refuses anonymous callers with 401 JSON", async ({ request }) => {
  const res = await request.post(platformUrl("/api/v1/platform/events/redrive"), { data: { eventIds: ["1"] } });
  expect(res.status()).toBe(401);
  expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
});
