import { expect, test } from "@playwright/test";
import { MEMBER_PASSWORD, fillSignUp, followMailLink, newPerson, openMail, seedOwnedStore, signIn } from "./merchant-helpers";
import { ACME, DEMO, DEMO_OWNER, platformUrl } from "./support";

test("the owner invites a support member, who joins through the link and is refused settings (page and API)", async ({ browser }) => {
  test.setTimeout(120_000);
  const store = await seedOwnedStore("team");
  const member = newPerson("support", MEMBER_PASSWORD);

  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, store.owner, `/dashboard/${store.slug}/staff`);
  await expect(owner.getByRole("heading", { name: "Staff", level: 1 })).toBeVisible();
  await owner.getByLabel("Email address").fill(member.email);
  await owner.getByLabel("Role", { exact: true }).selectOption("SUPPORT");
  await owner.getByRole("button", { name: "Send invitation" }).click();
  await expect(owner.getByRole("status")).toHaveText("Invitation sent. The link works for 7 days.");
  const pending = owner.getByRole("table").filter({ has: owner.getByRole("columnheader", { name: "Expires (UTC)" }) });
  await expect(pending.getByRole("row").filter({ hasText: member.email })).toContainText("Support");

  const memberContext = await browser.newContext();
  const page = await memberContext.newPage();
  await openMail(page, member.email, `You are invited to join ${store.name} on ECOM`);
  const inviteLink = (await page.getByRole("link", { name: /\/invitations\/accept\?/ }).first().getAttribute("href"))!;

  // The token belongs to this store: with another store's slug it is simply not valid.
  const token = new URL(inviteLink).searchParams.get("token")!;
  await page.goto(platformUrl(`/invitations/accept?store=${DEMO.slug}&token=${encodeURIComponent(token)}`));
  await expect(page.getByRole("heading", { name: "This invitation link is not valid" })).toBeVisible();
  await expect(page.getByText(DEMO.name)).toHaveCount(0);

  // Signed out: the invitation offers sign-in and sign-up, and comes back after both.
  await page.goto(inviteLink);
  await expect(page.getByRole("heading", { name: `Join ${store.name}` })).toBeVisible();
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/signup\?callbackUrl=%2Finvitations%2Faccept/);
  await fillSignUp(page, member);
  await openMail(page, member.email, "Verify your email for ECOM");
  await followMailLink(page, /\/verify-email\?token=/);
  await expect(page.getByRole("heading", { name: "Email verified" })).toBeVisible();
  await page.getByRole("link", { name: "Sign in", exact: true }).click();
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: `Join ${store.name}` })).toBeVisible();
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page).toHaveURL(platformUrl(`/dashboard/${store.slug}`));
  await expect(page.getByRole("heading", { name: store.name, level: 1 })).toBeVisible();
  await expect(page.getByText("Your role: Support")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Store" }).getByRole("link")).toHaveText(["Overview", "Orders", "Bookings", "Products", "Inventory", "Categories", "Collections", "Customers"]);

  // Hidden links are not the protection: the pages and the API refuse on the server.
  for (const section of ["settings", "staff", "api-keys"]) {
    const res = await page.goto(platformUrl(`/dashboard/${store.slug}/${section}`));
    expect([section, res?.status()]).toEqual([section, 403]);
  }
  const read = await page.request.get(platformUrl(`/api/v1/admin/store?store=${store.slug}`));
  expect(read.status()).toBe(200);
  expect((await read.json()).slug).toBe(store.slug);
  const write = await page.request.patch(platformUrl(`/api/v1/admin/store?store=${store.slug}`), { data: { name: "Support was here" } });
  expect(write.status()).toBe(403);
  expect(write.headers()["content-type"]).toContain("application/json");
  expect((await write.json()).error.code).toBe("FORBIDDEN");

  // The used link does not work again.
  await page.goto(inviteLink);
  await expect(page.getByRole("heading", { name: "This invitation has been used" })).toBeVisible();

  // The owner sees the new member and can change their role.
  await owner.reload();
  const row = owner.getByRole("row").filter({ has: owner.getByRole("rowheader", { name: member.name }) });
  await expect(row).toContainText(member.email);
  await expect(row).toContainText("Support");
  await row.getByLabel(`Role for ${member.name}`).selectOption("STAFF");
  await row.getByRole("button", { name: `Change role of ${member.name}` }).click();
  await expect(row.getByRole("status")).toHaveText("Role changed.");
  await expect(row.getByRole("cell", { name: "Staff", exact: true })).toBeVisible();

  await ownerContext.close();
  await memberContext.close();
});

test("staff of store A get 404 for every dashboard page and admin API call of store B", async ({ page }) => {
  await signIn(page, DEMO_OWNER, `/dashboard/${DEMO.slug}`);
  await expect(page.getByRole("heading", { name: DEMO.name, level: 1 })).toBeVisible();
  for (const path of ["", "/settings", "/staff", "/api-keys", "/customers", "/audit"]) {
    const res = await page.goto(platformUrl(`/dashboard/${ACME.slug}${path}`));
    expect([path, res?.status()]).toEqual([path, 404]);
    expect(await page.content()).not.toContain(ACME.name);
    await expect(page).not.toHaveTitle(new RegExp(ACME.name));
  }
  for (const res of [
    await page.request.get(platformUrl(`/api/v1/admin/store?store=${ACME.slug}`)),
    await page.request.patch(platformUrl(`/api/v1/admin/store?store=${ACME.slug}`), { data: { name: "Taken over" } }),
  ]) {
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain(ACME.name);
  }
});

test("an API key is shown once, works as a Bearer token for its store only, and stops working when revoked", async ({ page, request }) => {
  test.setTimeout(60_000);
  const store = await seedOwnedStore("keys");
  await signIn(page, store.owner, `/dashboard/${store.slug}/api-keys`);
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();
  await page.getByLabel("Key name").fill("Warehouse sync");
  await page.getByLabel("orders:read").check();
  await page.getByRole("button", { name: "Create API key" }).click();
  await expect(page.getByRole("heading", { name: "Copy your new API key now" })).toBeVisible();
  const key = await page.getByRole("textbox", { name: "New API key" }).inputValue();
  expect(key).toMatch(/^ek_/);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Warehouse sync" }) });
  await expect(row).toContainText("orders:read");
  await expect(row).toContainText("Never");
  // The list shows only the prefix, never the key.
  expect(await page.getByRole("table").innerText()).not.toContain(key);

  const bearer = { authorization: `Bearer ${key}` };
  const read = await request.get(platformUrl("/api/v1/admin/store"), { headers: bearer });
  expect(read.status()).toBe(200);
  expect(await read.json()).toMatchObject({ slug: store.slug, name: store.name, currency: "LKR", status: "ACTIVE" });
  // Its scopes do not include settings:write; another store's slug is not found.
  expect((await request.patch(platformUrl("/api/v1/admin/store"), { headers: bearer, data: { name: "x" } })).status()).toBe(403);
  expect((await request.get(platformUrl(`/api/v1/admin/store?store=${DEMO.slug}`), { headers: bearer })).status()).toBe(404);

  await page.reload();
  await expect(row).not.toContainText("Never");
  await row.getByRole("button", { name: "Revoke key Warehouse sync" }).click();
  await expect(row).toContainText("Revoked");
  const after = await request.get(platformUrl("/api/v1/admin/store"), { headers: bearer });
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe("UNAUTHENTICATED");
});

test("a store keeps at least one owner: the owner cannot remove or demote themselves away", async ({ page }) => {
  const store = await seedOwnedStore("lastowner");
  await signIn(page, store.owner, `/dashboard/${store.slug}/staff`);
  const self = page.getByRole("row").filter({ hasText: "(you)" });
  await expect(self).toContainText("Owner");
  // No controls on one's own row; nobody to transfer ownership to yet.
  await expect(self.getByRole("button")).toHaveCount(0);
  await expect(page.getByText("Invite someone first: there is nobody to transfer ownership to.")).toBeVisible();
});
