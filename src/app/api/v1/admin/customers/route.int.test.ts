import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TPermission } from "@/server/access";
import { createCustomerAddress, registerCustomer } from "@/server/customers";
import { disconnectDb, platformDb, storeDb } from "@/server/db";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/http/platform-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/http/platform-auth")>()),
  getPlatformActor: async () => (session.userId ? { userId: session.userId, name: "Test", isPlatformAdmin: false } : null),
}));

const list = await import("./route");
const detail = await import("./[id]/route");

const run = Math.random().toString(36).slice(2, 8);
const BASE = "http://localhost:3000/api/v1/admin/customers";

let storeA: { id: string; slug: string };
let storeB: { id: string; slug: string };
let staffA: string;
let customerA: string;
let customerB: string;
const emailA = `api-cust-a-${run}@example.com`;
const emailB = `api-cust-b-${run}@example.com`;

async function store(prefix: string) {
  return platformDb().store.create({ data: { slug: `${prefix}-${run}`, name: `${prefix} ${run}`, country: "US", currency: "USD", timeZone: "UTC" }, select: { id: true, slug: true } });
}

async function customer(storeId: string, email: string, name: string) {
  await registerCustomer(storeId, { name, email, password: "Api-Customer-2026" });
  const { id } = await storeDb(storeId).customer.findFirstOrThrow({ where: { email } });
  await createCustomerAddress(storeId, id, { name, line1: `${name} Street`, city: "Town", postalCode: "1000", country: "US" });
  return id;
}

/** A key in the format verifyApiKey accepts, written directly (these tests are about the routes). */
async function keyFor(storeId: string, scopes: TPermission[]): Promise<string> {
  const db = storeDb(storeId);
  const row = await db.apiKey.create({ data: { storeId, name: "test", prefix: "ek_", secretHash: "", scopes } });
  const key = `ek_${row.id}_${randomBytes(32).toString("base64url")}`;
  await db.apiKey.update({ where: { id: row.id }, data: { secretHash: createHash("sha256").update(key).digest("hex") } });
  return key;
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const getList = (query: string, headers: Record<string, string> = {}) => list.GET(new Request(`${BASE}${query}`, { headers }));
const getOne = (id: string, query = "", headers: Record<string, string> = {}) =>
  detail.GET(new Request(`${BASE}/${id}${query}`, { headers }), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  storeA = await store("api-cust-a");
  storeB = await store("api-cust-b");
  staffA = (await platformDb().platformUser.create({ data: { email: `api-staff-${run}@example.com`, name: "Staff", passwordHash: "x" } })).id;
  await storeDb(storeA.id).storeMembership.create({ data: { storeId: storeA.id, userId: staffA, role: "SUPPORT" } });
  customerA = await customer(storeA.id, emailA, "Alice Api");
  customerB = await customer(storeB.id, emailB, "Bob Api");
});
beforeEach(() => {
  session.userId = null;
});
afterAll(disconnectDb);

describe("GET /api/v1/admin/customers", () => {
  it("lists and searches the key's store by email, names decrypted", async () => {
    const key = await keyFor(storeA.id, ["customers:read"]);
    const res = await getList(`?q=${encodeURIComponent(`api-cust-a-${run}`)}`, bearer(key));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 1, page: 1, items: [{ id: customerA, email: emailA, name: "Alice Api" }] });
    const none = await (await getList(`?q=${encodeURIComponent(emailB)}`, bearer(key))).json();
    expect(none.total).toBe(0);
  });

  it("answers 403 without the scope, 401 without credentials, 422 for a bad page", async () => {
    expect((await getList("", bearer(await keyFor(storeA.id, ["orders:read"])))).status).toBe(403);
    expect((await getList("")).status).toBe(401);
    expect((await getList("?page=0", bearer(await keyFor(storeA.id, ["customers:read"])))).status).toBe(422);
  });

  it("is 404 for a store the signed-in staff member does not belong to", async () => {
    session.userId = staffA;
    expect((await getList(`?store=${storeA.slug}`)).status).toBe(200);
    const res = await getList(`?store=${storeB.slug}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain(emailB);
  });
});

describe("GET /api/v1/admin/customers/{id}", () => {
  it("returns the store's customer with addresses and consent", async () => {
    const res = await getOne(customerA, "", bearer(await keyFor(storeA.id, ["customers:read"])));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.customer).toMatchObject({ id: customerA, email: emailA, name: "Alice Api", marketingConsent: false });
    expect(body.addresses).toEqual([expect.objectContaining({ line1: "Alice Api Street", isDefault: true })]);
  });

  it("answers 404 for another store's customer, by key and by session", async () => {
    const res = await getOne(customerB, "", bearer(await keyFor(storeA.id, ["customers:read"])));
    expect(res.status).toBe(404);
    const text = await res.text();
    for (const secret of [emailB, "Bob Api", customerB]) expect(text).not.toContain(secret);
    session.userId = staffA;
    expect((await getOne(customerB, `?store=${storeA.slug}`)).status).toBe(404);
    expect((await getOne(customerA, `?store=${storeB.slug}`)).status).toBe(404);
    expect((await getOne("no such id!", `?store=${storeA.slug}`)).status).toBe(422);
  });
});
