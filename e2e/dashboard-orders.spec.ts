import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./merchant-helpers";
import { ACME, DEMO, DEMO_OWNER, platformUrl, sql, storeApi } from "./support";

/**
 * The merchant's side of a cash-on-delivery order on `demo`: the owner counts in stock on a
 * variant's inventory page (the adjustment shows in its history, with the reason and who), a
 * guest orders it through the storefront API, the owner finds the order by the shopper's email,
 * opens it (lines, totals, address, the timeline), marks it paid and the timeline names them,
 * and the shopper gets the "payment received" mail; the variant's history then shows the sale. Another store's staff get 404 for the order.
 */

const ACME_OWNER = { email: "owner@acme.example.com", password: "acme-owner-2026" };

type TRate = { id: string; kind: string };

/** Places a guest COD order of one unit of `variantId` through the storefront API; returns its id and number. */
async function placeCodOrder(request: APIRequestContext, variantId: string, email: string): Promise<{ id: string; number: number; pickup: boolean }> {
  const api = (path: string) => storeApi(DEMO.slug, `/api/v1/storefront${path}`);
  const created = await request.post(api("/carts").url, { headers: api("/carts").headers });
  expect(created.status(), await created.text()).toBe(201);
  const cartId = ((await created.json()) as { id: string }).id;

  const lines = api(`/carts/${cartId}/lines`);
  const added = await request.post(lines.url, { headers: lines.headers, data: { variantId, quantity: 1 } });
  expect(added.ok(), await added.text()).toBe(true);

  const ratesApi = api(`/carts/${cartId}/shipping-rates?country=LK&region=Western`);
  const rates = await request.get(ratesApi.url, { headers: ratesApi.headers });
  expect(rates.ok(), await rates.text()).toBe(true);
  const options = ((await rates.json()) as { rates: TRate[] }).rates;
  const rate = options.find((r) => r.kind !== "PICKUP") ?? options[0];
  expect(rate, "demo offers a shipping option for Sri Lanka").toBeTruthy();

  const checkout = api(`/carts/${cartId}/checkout`);
  const placed = await request.post(checkout.url, {
    headers: checkout.headers,
    data: {
      email,
      shippingAddress: { name: "Nimal Perera", line1: "12 Galle Road", city: "Colombo", region: "Western", postalCode: "00300", country: "LK", phone: "+94771234567" },
      shippingRateId: rate!.id,
      paymentMethod: "cod",
      checkoutKey: `e2e-dash-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
    },
  });
  expect(placed.status(), await placed.text()).toBe(201);
  const { order } = (await placed.json()) as { order: { id: string; number: number; paymentStatus: string } };
  expect(order.paymentStatus).toBe("PENDING");
  return { id: order.id, number: order.number, pickup: rate!.kind === "PICKUP" };
}

test("the owner sees a storefront COD order, marks it paid (the timeline names them), and stock changes show in the history", async ({ page, request, browser }) => {
  test.setTimeout(120_000);
  const word = Math.random().toString(36).slice(2, 8);
  const email = `dash-order-${word}@example.com`;
  const [owner] = await sql<{ name: string }[]>("SELECT name FROM PlatformUser WHERE email = ?", [DEMO_OWNER.email]);
  const [variant] = await sql<{ id: string; title: string }[]>(
    `SELECT v.id, p.title FROM ProductVariant v
     JOIN Product p ON p.id = v.productId AND p.storeId = v.storeId
     JOIN Store s ON s.id = v.storeId
     WHERE s.slug = ? AND p.status = 'ACTIVE' AND p.type = 'PHYSICAL' AND v.trackInventory = 1
     ORDER BY p.createdAt, v.position LIMIT 1`,
    [DEMO.slug],
  );
  expect(variant, "demo has a tracked physical variant").toBeTruthy();

  // Stock counted in through the dashboard: the history shows the reason and who.
  await signIn(page, DEMO_OWNER, `/dashboard/${DEMO.slug}/orders`);
  await page.goto(platformUrl(`/dashboard/${DEMO.slug}/inventory`));
  await expect(page.getByRole("heading", { name: "Inventory", level: 1 })).toBeVisible();
  await page.goto(platformUrl(`/dashboard/${DEMO.slug}/inventory/${variant!.id}`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(variant!.title);
  await page.getByLabel("Amount").fill("3");
  await page.getByLabel("Reason").fill(`Delivery ${word}`);
  await page.getByRole("button", { name: "Save adjustment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stock saved" })).toBeVisible();
  const adjusted = page.getByRole("row").filter({ hasText: `Delivery ${word}` });
  await expect(adjusted).toContainText("Adjustment");
  await expect(adjusted).toContainText("+3");
  await expect(adjusted).toContainText(owner!.name);

  // A refused adjustment says why beside the amount and writes nothing.
  await page.getByLabel("Amount").fill("-100000000");
  await page.getByLabel("Reason").fill(`Too much ${word}`);
  await page.getByRole("button", { name: "Save adjustment" }).click();
  await expect(page.locator("#adjust-amount-error")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: `Too much ${word}` })).toHaveCount(0);

  const order = await placeCodOrder(request, variant!.id, email);

  // The list finds it by the shopper's email, and by its number.
  await page.goto(platformUrl(`/dashboard/${DEMO.slug}/orders?q=${encodeURIComponent(email)}`));
  await expect(page.getByText("1 order match")).toBeVisible();
  await page.goto(platformUrl(`/dashboard/${DEMO.slug}/orders?q=%23${order.number}&paymentStatus=PENDING`));
  await page.getByRole("link", { name: `Order #${order.number}` }).click();

  await expect(page.getByRole("heading", { name: `Order #${order.number}`, level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: email })).toBeVisible();
  await expect(page.getByRole("table", { name: /Items of order/ })).toContainText(variant!.title);
  if (!order.pickup) await expect(page.locator("address")).toContainText("12 Galle Road");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline).toContainText("Placed");
  await expect(timeline).not.toContainText(owner!.name);

  await page.getByRole("button", { name: "Mark as paid" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Order marked as paid." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark as paid" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Payment" })).toContainText(owner!.name);
  await expect(timeline.getByRole("listitem").filter({ hasText: /^Paid/ })).toContainText(`by ${owner!.name}`);
  const [row] = await sql<{ paymentStatus: string; paidByUserId: string | null; paidAt: Date | null }[]>("SELECT paymentStatus, paidByUserId, paidAt FROM `Order` WHERE id = ?", [order.id]);
  expect(row!.paymentStatus).toBe("PAID");
  expect(row!.paidAt).not.toBeNull();
  const [ownerId] = await sql<{ id: string }[]>("SELECT id FROM PlatformUser WHERE email = ?", [DEMO_OWNER.email]);
  expect(row!.paidByUserId).toBe(ownerId!.id);

  // The shopper is told: the worker delivers the "payment received" mail.
  await expect
    .poll(async () => (await sql<unknown[]>("SELECT id FROM MailboxMessage WHERE `to` = ? AND subject = ?", [email, `Payment received for order #${order.number}`])).length, { timeout: 20_000 })
    .toBe(1);

  // The variant's history now shows the reservation and the sale of this order, linked to it.
  await page.goto(platformUrl(`/dashboard/${DEMO.slug}/inventory/${variant!.id}`));
  const history = page.getByRole("table", { name: "Stock history, newest first" });
  const ours = history.getByRole("row").filter({ has: page.locator(`a[href$="/orders/${order.id}"]`) });
  await expect(ours.filter({ hasText: "Reserved for order" })).toContainText("+1");
  const sale = ours.filter({ hasText: "Sale" });
  await expect(sale).toContainText("−1");
  await sale.getByRole("link", { name: /^Order/ }).click();
  await expect(page.getByRole("heading", { name: `Order #${order.number}`, level: 1 })).toBeVisible();

  // Another store's order: 404 through one's own store, and another store's dashboard is 404 too.
  const demoOwnerOnAcme = await page.goto(platformUrl(`/dashboard/${ACME.slug}/orders/${order.id}`));
  expect(demoOwnerOnAcme?.status()).toBe(404);
  const context = await browser.newContext();
  const acme = await context.newPage();
  await signIn(acme, ACME_OWNER, `/dashboard/${ACME.slug}/orders`);
  await expect(acme.getByRole("heading", { name: "Orders", level: 1 })).toBeVisible();
  const foreign = await acme.goto(platformUrl(`/dashboard/${ACME.slug}/orders/${order.id}`));
  expect(foreign?.status()).toBe(404);
  await expect(acme.getByText(email)).toHaveCount(0);
  const foreignStock = await acme.goto(platformUrl(`/dashboard/${ACME.slug}/inventory/${variant!.id}`));
  expect(foreignStock?.status()).toBe(404);
  await context.close();
});

test("the owner adds a stock location, renames it and makes it the default, and back", async ({ page }) => {
  const word = Math.random().toString(36).slice(2, 8);
  await signIn(page, ACME_OWNER, `/dashboard/${ACME.slug}/inventory/locations`);
  await expect(page.getByRole("heading", { name: "Stock locations", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: /Stock locations of/ });

  await page.getByLabel("Name", { exact: true }).last().fill(`Depot ${word}`);
  await page.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Location “Depot ${word}” added.` })).toBeVisible();

  const rename = page.getByRole("form", { name: `Rename Depot ${word}` });
  await rename.getByLabel("Name").fill(`Colombo depot ${word}`);
  await rename.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Renamed to “Colombo depot ${word}”.` })).toBeVisible();
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `Colombo depot ${word}` }) });
  await expect(row.getByRole("cell").first()).toHaveText("No");

  // A name another location has is refused beside the field.
  const again = page.getByRole("form", { name: `Rename Colombo depot ${word}` });
  await again.getByLabel("Name").fill("Main warehouse");
  await again.getByRole("button", { name: "Rename" }).click();
  await expect(again.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(again.getByLabel("Name")).toHaveAccessibleDescription(/Another location of this store already has this name/);

  await page.reload();
  await page.getByRole("form", { name: `Make Colombo depot ${word} the default location` }).getByRole("button", { name: "Make default" }).click();
  await expect(page.getByRole("status").filter({ hasText: `“Colombo depot ${word}” is now the default location.` })).toBeVisible();
  await page.reload();
  await expect(row.getByRole("cell").first()).toHaveText("Yes");
  await expect(table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Main warehouse" }) }).getByRole("cell").first()).toHaveText("No");
  const [defaults] = await sql<{ n: number }[]>("SELECT COUNT(*) AS n FROM StockLocation l JOIN Store s ON s.id = l.storeId WHERE s.slug = ? AND l.isDefault = 1", [ACME.slug]);
  expect(Number(defaults!.n)).toBe(1);

  // Back to the main warehouse, as the rest of the suite expects.
  await page.getByRole("form", { name: "Make Main warehouse the default location" }).getByRole("button", { name: "Make default" }).click();
  await expect(page.getByRole("status").filter({ hasText: "“Main warehouse” is now the default location." })).toBeVisible();
});
