import { expect, test, type Page } from "@playwright/test";
import {
  createStoreInUi,
  fillSignUp,
  newPerson,
  openMail,
  seedOwnedStore,
  signIn,
  signUpVerifyAndSignIn,
  verifyFromMailbox,
} from "./merchant-helpers";
import { DEMO, platformUrl, sql, storeUrl, uniqueSlug } from "./support";

async function expectEmptyStorefront(page: Page, slug: string, name: string) {
  const res = await page.goto(storeUrl(slug));
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("store-name")).toHaveText(name);
  await expect(page.getByText("has not published any products yet")).toBeVisible();
}

test("a merchant signs up, verifies through the mailbox, creates a store and it is live on its subdomain", async ({ page }) => {
  test.setTimeout(90_000);
  const merchant = newPerson("merchant");
  const slug = uniqueSlug("lanka-gems");
  await signUpVerifyAndSignIn(page, merchant);
  await expect(page.getByRole("heading", { name: "You have no stores yet" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Create a store" }).click();
  await expect(page).toHaveURL(platformUrl("/dashboard/new"));
  await createStoreInUi(page, { name: "Lanka Gems", slug });
  await expect(page.getByRole("navigation", { name: "Store" }).getByRole("link")).toHaveText([
    "Overview",
    "Orders",
    "Bookings",
    "Products",
    "Inventory",
    "Import / export",
    "Categories",
    "Collections",
    "Customers",
    "Staff",
    "API keys",
    "Theme",
    "Settings",
    "Checkout",
    "Shipping",
    "Taxes",
    "Payments",
    "Audit log",
  ]);
  await expect(page.getByText("Active", { exact: true })).toBeVisible();

  const rows = await sql<{ role: string; status: string }[]>(
    "SELECT m.role, s.status FROM Store s JOIN StoreMembership m ON m.storeId = s.id JOIN PlatformUser u ON u.id = m.userId WHERE s.slug = ? AND u.email = ?",
    [slug, merchant.email],
  );
  expect(rows).toEqual([{ role: "OWNER", status: "ACTIVE" }]);
  const events = await sql<{ n: bigint }[]>("SELECT COUNT(*) AS n FROM OutboxEvent e JOIN Store s ON s.id = e.storeId WHERE s.slug = ? AND e.type = 'store.created'", [slug]);
  expect(Number(events[0]!.n)).toBe(1);

  await expectEmptyStorefront(page, slug, "Lanka Gems");
});

test("the acceptance store: Lanka Gems at exactly lanka-gems", async ({ page }) => {
  // `npm run test:e2e` makes a fresh database for every run, so the exact slug is always free.
  test.setTimeout(90_000);
  await signUpVerifyAndSignIn(page, newPerson("lanka"));
  await createStoreInUi(page, { name: "Lanka Gems", slug: "lanka-gems" });
  await expectEmptyStorefront(page, "lanka-gems", "Lanka Gems");
});

test("a merchant with two stores switches between them", async ({ page }) => {
  test.setTimeout(90_000);
  await signUpVerifyAndSignIn(page, newPerson("switcher"));
  const first = { name: "First Shop", slug: uniqueSlug("first") };
  const second = { name: "Second Shop", slug: uniqueSlug("second") };
  await createStoreInUi(page, first);
  await createStoreInUi(page, second);
  await page.getByRole("banner").locator("summary").click();
  const switcher = page.getByRole("navigation", { name: "Your stores" });
  await expect(switcher.getByRole("link", { name: /First Shop/ })).toBeVisible();
  await switcher.getByRole("link", { name: /First Shop/ }).click();
  await expect(page).toHaveURL(platformUrl(`/dashboard/${first.slug}`));
  await expect(page.getByRole("heading", { name: "First Shop", level: 1 })).toBeVisible();
  await page.goto(platformUrl("/dashboard"));
  await expect(page.getByRole("main").getByRole("link", { name: "First Shop" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Second Shop" })).toBeVisible();
});

test("store addresses: taken, reserved and malformed slugs get field errors and nothing is created", async ({ page }) => {
  test.setTimeout(60_000);
  const { owner } = await seedOwnedStore("slugs");
  await signIn(page, owner, "/dashboard/new");
  const slugError = page.locator("#field-slug-error");
  for (const [slug, message] of [
    [DEMO.slug, "This address is taken; choose another"],
    ["admin", "This address is reserved; choose another"],
    ["-bad-", "Cannot start or end with a hyphen"],
    ["no spaces", "Use only lower-case letters, digits and hyphens"],
  ] as const) {
    await page.getByLabel("Store name").fill("Copy Shop");
    await page.getByLabel("Store address").fill(slug);
    await page.getByLabel("Country").selectOption("LK");
    await page.getByLabel("Currency").selectOption("LKR");
    await page.getByRole("button", { name: "Create store" }).click();
    await expect(slugError).toHaveText(message);
    await expect(page).toHaveURL(platformUrl("/dashboard/new"));
    // What was typed stays in the form.
    await expect(page.getByLabel("Store address")).toHaveValue(slug);
  }
  const copies = await sql<{ n: bigint }[]>("SELECT COUNT(*) AS n FROM Store WHERE name = 'Copy Shop'");
  expect(Number(copies[0]!.n)).toBe(0);
});

test("an unverified user who signs in is sent to verify first and cannot create a store; a resend works", async ({ page }) => {
  test.setTimeout(60_000);
  const person = newPerson("unverified");
  await page.goto(platformUrl("/signup"));
  await fillSignUp(page, person);
  await signIn(page, person, "/dashboard");
  await expect(page).toHaveURL(/\/verify-email\?next=%2Fdashboard/);
  await expect(page.getByRole("heading", { name: "Verify your email", level: 1 })).toBeVisible();
  await expect(page.getByText(person.email)).toBeVisible();
  const res = await page.goto(platformUrl("/dashboard/new"));
  expect(res?.status()).toBe(200);
  await expect(page).toHaveURL(/\/verify-email/);
  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByRole("status")).toHaveText("We sent a new verification link. It works for one hour.");
  // Wait for the resent mail (the worker delivers it), then its link verifies the address and
  // the user continues where they were going (/dashboard/new).
  await expect(async () => {
    await page.goto(platformUrl(`/dev/mailbox?to=${encodeURIComponent(person.email)}`));
    await expect(page.getByRole("link", { name: "Verify your email for ECOM" })).toHaveCount(2, { timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await verifyFromMailbox(page, person.email);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(platformUrl("/dashboard/new"));
  await expect(page.getByRole("heading", { name: "Create a store", level: 1 })).toBeVisible();
});

test("sign-up does not reveal whether an address is registered", async ({ page }) => {
  test.setTimeout(60_000);
  const person = newPerson("twice");
  await page.goto(platformUrl("/signup"));
  await fillSignUp(page, person);
  const firstPanel = await page.getByRole("region", { name: "Check your email" }).innerText();
  await page.goto(platformUrl("/signup"));
  await fillSignUp(page, { ...person, name: "Someone Else", password: "Another-Secret-2026!" });
  const secondPanel = await page.getByRole("region", { name: "Check your email" }).innerText();
  expect(secondPanel).toBe(firstPanel);
  // The owner of the address is told instead.
  await openMail(page, person.email, "Someone tried to sign up to ECOM with your email");
  await expect(page.getByRole("link", { name: /\/forgot-password$/ })).toBeVisible();
});

test("a used or forged verification link is refused clearly and offers a new one", async ({ page }) => {
  test.setTimeout(60_000);
  const person = newPerson("reuse");
  await page.goto(platformUrl("/signup"));
  await fillSignUp(page, person);
  await openMail(page, person.email, "Verify your email for ECOM");
  const link = await page.getByRole("link", { name: /\/verify-email\?token=/ }).first().getAttribute("href");
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "Email verified" })).toBeVisible();
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "Your email is already verified" })).toBeVisible();
  await page.goto(platformUrl(`/verify-email?token=${"x".repeat(43)}`));
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send a new link" })).toBeVisible();
});

test("forgot password: same answer for unknown addresses; the reset link works once and ends other sessions", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { owner } = await seedOwnedStore("reset");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, owner, "/dashboard");
  await expect(otherPage.getByRole("heading", { name: "Your stores", level: 1 })).toBeVisible();

  const ask = async (email: string) => {
    await page.goto(platformUrl("/forgot-password"));
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    return page.getByRole("status").innerText();
  };
  const forUnknown = await ask(`${uniqueSlug("nobody")}@example.com`);
  const forOwner = await ask(owner.email);
  expect(forOwner).toBe(forUnknown);

  await openMail(page, owner.email, "Reset your ECOM password");
  const link = await page.getByRole("link", { name: /\/reset-password\?token=/ }).first().getAttribute("href");
  await page.goto(link!);
  await page.getByLabel("New password").fill("A-Fresh-Password-2026!");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("heading", { name: "Password changed" })).toBeVisible();

  // The session made before the reset has ended.
  await otherPage.goto(platformUrl("/dashboard"));
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  // The link works once; the new password works, the old one no longer does.
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "This link has been used" })).toBeVisible();
  await page.goto(platformUrl("/login?callbackUrl=%2Fdashboard"));
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
  await signIn(page, { email: owner.email, password: "A-Fresh-Password-2026!" });
  await expect(page.getByRole("heading", { name: "Your stores", level: 1 })).toBeVisible();
});

test("account: changing the password keeps this session and ends the others; sign out of all devices ends this one too", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { owner } = await seedOwnedStore("account");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, owner, "/dashboard");
  await signIn(page, owner, "/dashboard/account");
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();

  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password").fill("Changed-Password-2026!");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password")).toBeVisible();

  await page.getByLabel("Current password").fill(owner.password);
  await page.getByLabel("New password").fill("Changed-Password-2026!");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toHaveText("Password changed. Your other devices have been signed out.");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await otherPage.goto(platformUrl("/dashboard"));
  await expect(otherPage).toHaveURL(/\/login/);

  // Sign back in elsewhere, then end every session from here.
  await signIn(otherPage, { email: owner.email, password: "Changed-Password-2026!" }, "/dashboard");
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(platformUrl("/dashboard"));
  await expect(page).toHaveURL(/\/login/);
  await otherPage.goto(platformUrl("/dashboard"));
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();
});

test("the dashboard header signs out", async ({ page }) => {
  const { owner, slug } = await seedOwnedStore("signout");
  await signIn(page, owner, `/dashboard/${slug}`);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(platformUrl(`/dashboard/${slug}`));
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("verification and reset pages say what is wrong with a broken link", async ({ page }) => {
  await page.goto(platformUrl("/reset-password?token=nope"));
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new reset link" })).toBeVisible();
  await page.goto(platformUrl("/verify-email?token="));
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
});
