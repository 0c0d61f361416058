import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TPermission } from "@/server/access";
import { createApiKey } from "@/server/api-keys";
import { disconnectDb, platformDb, storeDb } from "@/server/db";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/http/platform-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/http/platform-auth")>()),
  getPlatformActor: async () => (session.userId ? { userId: session.userId, name: "Test", isPlatformAdmin: false } : null),
}));

const list = await import("./route");
const one = await import("./[id]/route");
const bulk = await import("./bulk-status/route");

const run = Math.random().toString(36).slice(2, 8);
const BASE = "http://localhost:3000/api/v1/admin/products";
let storeA: { id: string; slug: string };
let storeB: { id: string; slug: string };
let owner: string;
let support: string;
let writeKey: string;
let readKey: string;
let keyB: string;

async function user(name: string) {
  return (await platformDb().platformUser.create({ data: { email: `${name}-${run}@example.com`, name, passwordHash: "x" } })).id;
}
const key = async (storeId: string, scopes: TPermission[]) => (await createApiKey(storeId, { userId: owner }, { name: "catalog test", scopes })).key;
const headers = (k?: string) => ({ "content-type": "application/json", ...(k ? { authorization: `Bearer ${k}` } : {}) });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (body: unknown, k?: string) => list.POST(new Request(BASE, { method: "POST", headers: headers(k), body: JSON.stringify(body) }));
const getList = (query: string, k?: string) => list.GET(new Request(`${BASE}${query}`, { headers: headers(k) }));
const getOne = (id: string, k?: string, query = "") => one.GET(new Request(`${BASE}/${id}${query}`, { headers: headers(k) }), params(id));
const patch = (id: string, body: unknown, k?: string) => one.PATCH(new Request(`${BASE}/${id}`, { method: "PATCH", headers: headers(k), body: JSON.stringify(body) }), params(id));
const del = (id: string, k?: string) => one.DELETE(new Request(`${BASE}/${id}`, { method: "DELETE", headers: headers(k) }), params(id));

beforeAll(async () => {
  owner = await user("cat-api-owner");
  support = await user("cat-api-support");
  const mk = (slug: string, currency: string) => platformDb().store.create({ data: { slug: `${slug}-${run}`, name: slug, country: "US", currency, timeZone: "UTC" }, select: { id: true, slug: true } });
  storeA = await mk("cat-api-a", "USD");
  storeB = await mk("cat-api-b", "USD");
  await storeDb(storeA.id).storeMembership.create({ data: { storeId: storeA.id, userId: support, role: "SUPPORT" } });
  writeKey = await key(storeA.id, ["catalog:read", "catalog:write"]);
  readKey = await key(storeA.id, ["catalog:read"]);
  keyB = await key(storeB.id, ["catalog:read", "catalog:write"]);
});
beforeEach(() => {
  session.userId = null;
});
afterAll(disconnectDb);

describe("/api/v1/admin/products", () => {
  it("creates (201), reads, lists, updates and deletes a product with an API key", async () => {
    const res = await post({ title: "Field Jacket", sku: `JKT-${run}`, price: "89.90", options: [{ name: "Size", values: ["M", "L"] }] }, writeKey);
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ handle: "field-jacket", status: "DRAFT", variants: [{ sku: `JKT-${run}-M`, price: "89.90", currency: "USD" }, { sku: `JKT-${run}-L` }] });

    expect(await (await getOne(created.id, readKey)).json()).toMatchObject({ id: created.id, title: "Field Jacket" });
    const page = await (await getList(`?q=jacket&status=DRAFT&pageSize=10`, readKey)).json();
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 10, items: [{ id: created.id, priceMin: "89.90", priceMax: "89.90", currency: "USD", variantCount: 2 }] });

    const updated = await patch(created.id, { title: "Waxed Field Jacket", status: "ACTIVE" }, writeKey);
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ title: "Waxed Field Jacket", status: "ACTIVE", variants: [{ id: created.variants[0].id }, { id: created.variants[1].id }] });

    const audit = await storeDb(storeA.id).auditLogEntry.findFirstOrThrow({ where: { action: "product.updated", targetId: created.id } });
    expect(audit.actorType).toBe("api_key");

    const bulkRes = await bulk.POST(new Request(`${BASE}/bulk-status`, { method: "POST", headers: headers(writeKey), body: JSON.stringify({ ids: [created.id], status: "ARCHIVED" }) }));
    expect(await bulkRes.json()).toEqual({ count: 1 });

    expect((await del(created.id, writeKey)).status).toBe(204);
    expect((await getOne(created.id, writeKey)).status).toBe(404);
  });

  it("answers bad input with 422 and field paths, writing nothing", async () => {
    const before = await storeDb(storeA.id).product.count();
    const res = await post({ title: "", variants: [{ sku: "bad sku", price: 12.5 }], seoTitle: "x".repeat(80) }, writeKey);
    expect(res.status).toBe(422);
    const paths = (await res.json()).error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["title", "variants.0.sku", "variants.0.price", "seoTitle"]));
    const precision = await post({ title: "Cents", sku: `C-${run}`, price: "1.999" }, writeKey);
    expect(precision.status).toBe(422);
    expect((await precision.json()).error.details.fields).toEqual([{ path: "price", message: "USD amounts have at most 2 decimal places" }]);
    expect((await getList("?pageSize=101", readKey)).status).toBe(422);
    expect((await getOne("no such id!", readKey)).status).toBe(422);
    expect(await storeDb(storeA.id).product.count()).toBe(before);
  });

  it("answers conflicts with 409 and the field path", async () => {
    expect((await post({ title: "Cap", handle: `cap-${run}`, sku: `CAP-${run}`, price: "5" }, writeKey)).status).toBe(201);
    const handle = await post({ title: "Cap", handle: `cap-${run}`, sku: `CAP2-${run}`, price: "5" }, writeKey);
    expect(handle.status).toBe(409);
    expect((await handle.json()).error.details.fields[0].path).toBe("handle");
    const sku = await post({ title: "Cap 2", variants: [{ sku: `CAP-${run}`, price: "5" }] }, writeKey);
    expect(sku.status).toBe(409);
    expect((await sku.json()).error.details.fields[0].path).toBe("variants.0.sku");
  });

  it("needs catalog:write to write (403 for a read-only key), a key or session to read (401)", async () => {
    expect((await post({ title: "Nope", sku: `NOPE-${run}`, price: "1" }, readKey)).status).toBe(403);
    const mine = await (await post({ title: "Mine", sku: `MINE-${run}`, price: "1" }, writeKey)).json();
    expect((await patch(mine.id, { title: "Changed" }, readKey)).status).toBe(403);
    expect((await del(mine.id, readKey)).status).toBe(403);
    expect((await getList("")).status).toBe(401);
    expect(await storeDb(storeA.id).product.count({ where: { title: { in: ["Nope", "Changed"] } } })).toBe(0);
    // A support member's dashboard session may read the catalog.
    session.userId = support;
    expect((await getList(`?store=${storeA.slug}`)).status).toBe(200);
  });

  it("treats another store's product as not found (404) for every method", async () => {
    const victim = await (await post({ title: `Victim ${run}`, sku: `VIC-${run}`, price: "3" }, keyB)).json();
    for (const res of [await getOne(victim.id, writeKey), await patch(victim.id, { title: "Hijacked" }, writeKey), await del(victim.id, writeKey)]) {
      expect(res.status).toBe(404);
      const text = await res.text();
      expect(text).not.toContain(`Victim ${run}`);
    }
    expect(JSON.stringify(await (await getList(`?q=${encodeURIComponent(`Victim ${run}`)}`, writeKey)).json())).not.toContain(victim.id);
    expect((await getOne(victim.id, writeKey, `?store=${storeB.slug}`)).status).toBe(404);
    expect(await (await getOne(victim.id, keyB)).json()).toMatchObject({ title: `Victim ${run}` });
  });
});
