import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TPermission } from "@/server/access";
import { createApiKey } from "@/server/api-keys";
import { createProduct } from "@/server/catalog";
import { disconnectDb, platformDb } from "@/server/db";

const list = await import("./route");
const one = await import("./[id]/route");

const run = Math.random().toString(36).slice(2, 8);
const BASE = "http://localhost:3000/api/v1/admin/collections";
let writeKey: string;
let readKey: string;
let keyB: string;
let products: string[];
let victimProduct: string;

const headers = (k: string) => ({ "content-type": "application/json", authorization: `Bearer ${k}` });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (body: unknown, k: string) => list.POST(new Request(BASE, { method: "POST", headers: headers(k), body: JSON.stringify(body) }));
const patch = (id: string, body: unknown, k: string) => one.PATCH(new Request(`${BASE}/${id}`, { method: "PATCH", headers: headers(k), body: JSON.stringify(body) }), params(id));
const del = (id: string, k: string) => one.DELETE(new Request(`${BASE}/${id}`, { method: "DELETE", headers: headers(k) }), params(id));
const getOne = (id: string, k: string) => one.GET(new Request(`${BASE}/${id}`, { headers: headers(k) }), params(id));

beforeAll(async () => {
  const owner = (await platformDb().platformUser.create({ data: { email: `cat-api-col-${run}@example.com`, name: "O", passwordHash: "x" } })).id;
  const mk = (slug: string) => platformDb().store.create({ data: { slug: `${slug}-${run}`, name: slug, country: "US", currency: "USD", timeZone: "UTC" }, select: { id: true } });
  const a = await mk("cat-api-la");
  const b = await mk("cat-api-lb");
  const key = async (storeId: string, scopes: TPermission[]) => (await createApiKey(storeId, { userId: owner }, { name: "k", scopes })).key;
  writeKey = await key(a.id, ["catalog:read", "catalog:write"]);
  readKey = await key(a.id, ["catalog:read"]);
  keyB = await key(b.id, ["catalog:read", "catalog:write"]);
  const actor = { kind: "user" as const, userId: owner };
  products = [];
  for (const n of [1, 2]) products.push((await createProduct(a.id, actor, { title: `Col ${n}`, sku: `COL-${n}`, price: "1" })).id);
  victimProduct = (await createProduct(b.id, actor, { title: `Victim ${run}`, sku: "VIC", price: "1" })).id;
});
afterAll(disconnectDb);

describe("/api/v1/admin/collections", () => {
  it("creates (201) with ordered products, reorders, lists and deletes (204)", async () => {
    const res = await post({ title: "Summer", productIds: [products[1], products[0]] }, writeKey);
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ handle: "summer", productIds: [products[1], products[0]] });
    expect(await (await patch(created.id, { productIds: [products[0], products[1]] }, writeKey)).json()).toMatchObject({ productIds: [products[0], products[1]] });
    const listed = await (await list.GET(new Request(BASE, { headers: headers(readKey) }))).json();
    expect(listed.collections).toEqual([expect.objectContaining({ id: created.id, productCount: 2 })]);
    expect((await post({ title: "Nope" }, readKey)).status).toBe(403);
    expect((await post({ title: "Dup", productIds: [products[0], products[0]] }, writeKey)).status).toBe(422);
    expect((await del(created.id, writeKey)).status).toBe(204);
    expect((await getOne(created.id, readKey)).status).toBe(404);
  });

  it("never links or reveals another store's products or collections", async () => {
    const linked = await post({ title: "Stolen", productIds: [victimProduct] }, writeKey);
    expect(linked.status).toBe(404);
    expect((await linked.json()).error.details.fields[0].path).toBe("productIds.0");
    const victim = await (await post({ title: `Victim ${run}`, productIds: [victimProduct] }, keyB)).json();
    for (const res of [await getOne(victim.id, writeKey), await patch(victim.id, { title: "X" }, writeKey), await del(victim.id, writeKey)]) {
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain(`Victim ${run}`);
    }
    expect(await (await getOne(victim.id, keyB)).json()).toMatchObject({ title: `Victim ${run}`, productIds: [victimProduct] });
  });
});
