import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/server/errors";
import { disconnectDb, platformDb, storeDb } from "@/server/db";

// The customer session is stubbed: getCustomerActor itself is covered by the customers domain's
// cross-tenant test. These tests are about the routes.
const session = vi.hoisted(() => ({ actor: null as null | { customerId: string; storeId: string } }));
vi.mock("@/server/http/customer-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/http/customer-auth")>()),
  requireCustomer: async () => {
    if (!session.actor) throw new AppError("UNAUTHENTICATED", "Sign in to your account");
    return session.actor;
  },
}));

const account = await import("./route");
const exporter = await import("./export/route");
const customers = await import("../customers/route");

const run = Math.random().toString(36).slice(2, 8);
const ORIGIN = "http://shop.localhost:3000";
let storeA: { id: string };
let storeB: { id: string };

const json = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${path}`, { method, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const onStore = (storeId: string) => ({ "x-ecom-area": "store", "x-ecom-store-id": storeId });
const register = (storeId: string | null, body: unknown) => customers.POST(json("POST", "/api/v1/storefront/customers", body, storeId ? onStore(storeId) : {}));

async function signedUp(storeId: string, email: string, name: string) {
  expect((await register(storeId, { name, email, password: "Route-Pass-2026" })).status).toBe(202);
  const { id } = await storeDb(storeId).customer.findFirstOrThrow({ where: { email } });
  return id;
}

beforeAll(async () => {
  const make = (p: string) => platformDb().store.create({ data: { slug: `${p}-${run}`, name: `${p} ${run}`, country: "LK", currency: "LKR", timeZone: "UTC" }, select: { id: true } });
  storeA = await make("route-a");
  storeB = await make("route-b");
});
beforeEach(() => {
  session.actor = null;
});
afterAll(disconnectDb);

describe("POST /api/v1/storefront/customers", () => {
  it("answers 202 with the same body for a new and a registered email, and makes one account", async () => {
    const email = `route-reg-${run}@example.com`;
    const first = await register(storeA.id, { name: "Route Reg", email, password: "Route-Pass-2026" });
    const second = await register(storeA.id, { name: "Route Reg", email, password: "Other-Pass-2026" });
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(await first.json()).toEqual(await second.json());
    expect(await storeDb(storeA.id).customer.count({ where: { email } })).toBe(1);
  });

  it("answers 422 with field paths for bad input and writes nothing; 404 off a store host", async () => {
    const email = `route-bad-${run}@example.com`;
    const res = await register(storeA.id, { name: "", email, password: "password" });
    expect(res.status).toBe(422);
    const fields = (await res.json()).error.details.fields.map((f: { path: string }) => f.path).sort();
    expect(fields).toEqual(["name", "password"]);
    expect(await storeDb(storeA.id).customer.count({ where: { email } })).toBe(0);
    expect((await register(null, { name: "x", email, password: "Route-Pass-2026" })).status).toBe(404);
  });

  it("answers 429 with Retry-After when the address is throttled", async () => {
    const email = `route-throttle-${run}@example.com`;
    for (let i = 0; i < 5; i++) await register(storeA.id, { name: "T", email, password: "Route-Pass-2026" });
    const res = await register(storeA.id, { name: "T", email, password: "Route-Pass-2026" });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await res.json()).error.message).toMatch(/Too many attempts/);
  });
});

describe("/api/v1/storefront/account", () => {
  it("is 401 when signed out", async () => {
    expect((await account.GET(new Request(`${ORIGIN}/api/v1/storefront/account`))).status).toBe(401);
    expect((await exporter.GET(new Request(`${ORIGIN}/api/v1/storefront/account/export`))).status).toBe(401);
  });

  it("reads and patches the signed-in customer's profile", async () => {
    const id = await signedUp(storeA.id, `route-me-${run}@example.com`, "Route Me");
    session.actor = { customerId: id, storeId: storeA.id };
    const got = await (await account.GET(new Request(`${ORIGIN}/api/v1/storefront/account`))).json();
    expect(got.account).toMatchObject({ id, name: "Route Me", phone: null, marketingConsent: false });
    expect(got.account).not.toHaveProperty("erasedAt");

    const patched = await account.PATCH(json("PATCH", "/api/v1/storefront/account", { phone: "+94 11 234 5678", marketingConsent: true }));
    expect(patched.status).toBe(200);
    expect((await patched.json()).account).toMatchObject({ phone: "+94 11 234 5678", marketingConsent: true });
    expect((await account.PATCH(json("PATCH", "/api/v1/storefront/account", {}))).status).toBe(422);
    expect((await account.PATCH(json("PATCH", "/api/v1/storefront/account", { phone: "call me" }))).status).toBe(422);
  });

  it("exports the customer's data as a JSON attachment with nothing of another store", async () => {
    const email = `route-export-${run}@example.com`;
    const id = await signedUp(storeA.id, email, "Route Export A");
    await signedUp(storeB.id, email, "Route Export B");
    session.actor = { customerId: id, storeId: storeA.id };
    const res = await exporter.GET(new Request(`${ORIGIN}/api/v1/storefront/account/export`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="route-a-.+-customer-data-\d{4}-\d\d-\d\d\.json"$/);
    const text = await res.text();
    expect(JSON.parse(text).account).toMatchObject({ id, email, name: "Route Export A" });
    expect(text).not.toContain("Route Export B");
    expect(text).not.toContain(storeB.id);
  });

  it("deletes the account only with {\"confirm\":\"DELETE\"}", async () => {
    const id = await signedUp(storeA.id, `route-delete-${run}@example.com`, "Route Delete");
    session.actor = { customerId: id, storeId: storeA.id };
    expect((await account.DELETE(json("DELETE", "/api/v1/storefront/account", { confirm: "yes" }))).status).toBe(422);
    expect((await account.DELETE(json("DELETE", "/api/v1/storefront/account", {}))).status).toBe(422);
    const res = await account.DELETE(json("DELETE", "/api/v1/storefront/account", { confirm: "DELETE" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, erased: true });
    const row = await storeDb(storeA.id).customer.findUniqueOrThrow({ where: { id } });
    expect(row.erasedAt).toBeInstanceOf(Date);
    expect((await account.GET(new Request(`${ORIGIN}/api/v1/storefront/account`))).status).toBe(404);
  });
});
