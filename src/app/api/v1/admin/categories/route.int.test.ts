import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TPermission } from "@/server/access";
import { createApiKey } from "@/server/api-keys";
import { disconnectDb, platformDb } from "@/server/db";

const list = await import("./route");
const one = await import("./[id]/route");

const run = Math.random().toString(36).slice(2, 8);
const BASE = "http://localhost:3000/api/v1/admin/categories";
let writeKey: string;
let readKey: string;
let keyB: string;

const headers = (k: string) => ({ "content-type": "application/json", authorization: `Bearer ${k}` });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (body: unknown, k: string) => list.POST(new Request(BASE, { method: "POST", headers: headers(k), body: JSON.stringify(body) }));
const patch = (id: string, body: unknown, k: string) => one.PATCH(new Request(`${BASE}/${id}`, { method: "PATCH", headers: headers(k), body: JSON.stringify(body) }), params(id));
const del = (id: string, k: string) => one.DELETE(new Request(`${BASE}/${id}`, { method: "DELETE", headers: headers(k) }), params(id));
const getOne = (id: string, k: string) => one.GET(new Request(`${BASE}/${id}`, { headers: headers(k) }), params(id));

beforeAll(async () => {
  const owner = (await platformDb().platformUser.create({ data: { email: `cat-api-cat-${run}@example.com`, name: "O", passwordHash: "x" } })).id;
  const mk = (slug: string) => platformDb().store.create({ data: { slug: `${slug}-${run}`, name: slug, country: "US", currency: "USD", timeZone: "UTC" }, select: { id: true } });
  const a = await mk("cat-api-ca");
  const b = await mk("cat-api-cb");
  const key = async (storeId: string, scopes: TPermission[]) => (await createApiKey(storeId, { userId: owner }, { name: "k", scopes })).key;
  writeKey = await key(a.id, ["catalog:read", "catalog:write"]);
  readKey = await key(a.id, ["catalog:read"]);
  keyB = await key(b.id, ["catalog:read", "catalog:write"]);
});
afterAll(disconnectDb);

describe("/api/v1/admin/categories", () => {
  it("creates (201), lists as a tree, refuses cycles (422) and deletes (204)", async () => {
    const parentRes = await post({ name: "Apparel" }, writeKey);
    expect(parentRes.status).toBe(201);
    const parent = await parentRes.json();
    const child = await (await post({ name: "Jackets", parentId: parent.id }, writeKey)).json();
    const tree = await (await list.GET(new Request(BASE, { headers: headers(readKey) }))).json();
    expect(tree.categories).toEqual([expect.objectContaining({ id: parent.id, children: [expect.objectContaining({ id: child.id, children: [] })] })]);
    const cycle = await patch(parent.id, { parentId: child.id }, writeKey);
    expect(cycle.status).toBe(422);
    expect((await cycle.json()).error.details.fields[0].path).toBe("parentId");
    expect((await post({ name: "Dup", handle: "apparel" }, writeKey)).status).toBe(409);
    expect((await post({ name: "" }, writeKey)).status).toBe(422);
    expect((await post({ name: "Nope" }, readKey)).status).toBe(403);
    expect((await del(parent.id, writeKey)).status).toBe(204);
    expect(await (await getOne(child.id, readKey)).json()).toMatchObject({ parentId: null });
  });

  it("treats another store's category as not found", async () => {
    const victim = await (await post({ name: `Victim ${run}` }, keyB)).json();
    for (const res of [await getOne(victim.id, writeKey), await patch(victim.id, { name: "X" }, writeKey), await del(victim.id, writeKey)]) {
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain(`Victim ${run}`);
    }
    const linked = await post({ name: "Child", parentId: victim.id }, writeKey);
    expect(linked.status).toBe(404);
    expect(await (await getOne(victim.id, keyB)).json()).toMatchObject({ name: `Victim ${run}` });
  });
});
