import { expect, type Page } from "@playwright/test";
import { hashPassword } from "../src/server/identity/password";
import { platformUrl, sql, uniqueSlug } from "./support";

/** Passwords that pass the policy (length, not on the common list). */
export const MERCHANT_PASSWORD = "Lanka-Gems-Owner-2026!";
export const MEMBER_PASSWORD = "Support-Desk-Member-2026!";

export type TPerson = { name: string; email: string; password: string };

export const newPerson = (prefix: string, password = MERCHANT_PASSWORD): TPerson => ({
  name: `${prefix[0]!.toUpperCase()}${prefix.slice(1)} Tester`,
  email: `${uniqueSlug(prefix)}@example.com`,
  password,
});

/** Opens the newest mail to `to` whose subject matches, waiting for the worker to deliver it. */
export async function openMail(page: Page, to: string, subject: string | RegExp): Promise<void> {
  await expect(async () => {
    await page.goto(platformUrl(`/dev/mailbox?to=${encodeURIComponent(to)}`));
    await expect(page.getByRole("link", { name: subject }).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("link", { name: subject }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** Follows the link of the open mailbox message whose URL matches. */
export async function followMailLink(page: Page, url: RegExp): Promise<void> {
  await page.getByRole("link", { name: url }).first().click();
}

export async function signIn(page: Page, who: { email: string; password: string }, callbackUrl = "/dashboard"): Promise<void> {
  await page.goto(platformUrl(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`));
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Fills in /signup (the page must be open) and waits for "Check your email". */
export async function fillSignUp(page: Page, who: TPerson): Promise<void> {
  await page.getByLabel("Your name").fill(who.name);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/** Opens the verification mail and its link; ends on the "Email verified" page. */
export async function verifyFromMailbox(page: Page, email: string): Promise<void> {
  await openMail(page, email, "Verify your email for ECOM");
  await followMailLink(page, /\/verify-email\?token=/);
  await expect(page.getByRole("heading", { name: "Email verified" })).toBeVisible();
}

/** The whole merchant sign-up through the UI: sign up, verify from the mailbox, sign in. */
export async function signUpVerifyAndSignIn(page: Page, who: TPerson): Promise<void> {
  await page.goto(platformUrl("/signup"));
  await fillSignUp(page, who);
  await verifyFromMailbox(page, who.email);
  await page.getByRole("link", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your stores", level: 1 })).toBeVisible();
}

/** /dashboard/new through the UI; ends on the new store's dashboard. */
export async function createStoreInUi(page: Page, store: { name: string; slug: string }): Promise<void> {
  await page.goto(platformUrl("/dashboard/new"));
  await page.getByLabel("Store name").fill(store.name);
  await page.getByLabel("Store address").fill(store.slug);
  await page.getByLabel("Country").selectOption("LK");
  await page.getByLabel("Currency").selectOption("LKR");
  await page.getByLabel("Time zone").selectOption("Asia/Colombo");
  await page.getByRole("button", { name: "Create store" }).click();
  await expect(page).toHaveURL(platformUrl(`/dashboard/${store.slug}`));
  await expect(page.getByRole("heading", { name: store.name, level: 1 })).toBeVisible();
}

/**
 * A verified merchant who owns a new store, written straight to the database: for tests
 * whose subject is not sign-up itself. Returns what a test needs to sign in and find it.
 */
export async function seedOwnedStore(prefix: string) {
  const slug = uniqueSlug(prefix);
  const owner = newPerson(`${prefix}-owner`);
  const storeId = `st_${slug}`;
  const userId = `pu_${slug}`;
  const name = `Store ${slug}`;
  await sql("INSERT INTO Store (id, slug, name, status, country, currency, timeZone, updatedAt) VALUES (?, ?, ?, 'ACTIVE', 'LK', 'LKR', 'Asia/Colombo', NOW(3))", [storeId, slug, name]);
  await sql("INSERT INTO PlatformUser (id, email, name, passwordHash, emailVerifiedAt, updatedAt) VALUES (?, ?, ?, ?, NOW(3), NOW(3))", [
    userId,
    owner.email,
    owner.name,
    await hashPassword(owner.password),
  ]);
  await sql("INSERT INTO StoreMembership (id, storeId, userId, role) VALUES (?, ?, ?, 'OWNER')", [`sm_${slug}`, storeId, userId]);
  return { slug, name, storeId, owner };
}
