import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { listStores } from "./list-stores";
import { ZStoreListQuery } from "./platform-admin.schemas";

const suffix = Math.random().toString(36).slice(2, 8);
const token = `lst${suffix}`;
const ids: Record<"a" | "b" | "c", string> = { a: "", b: "", c: "" };
const ownerEmail = `owner-${token}@example.com`;
const q = (input: Record<string, unknown>) => ZStoreListQuery.parse(input);

beforeAll(async () => {
  const db = platformDb();
  const base = Date.UTC(2026, 0, 1);
  for (const [i, key] of (["a", "b", "c"] as const).entries()) {
    const store = await db.store.create({
      data: {
        slug: `${token}-${key}`,
        name: `Shop ${key.toUpperCase()} ${token}`,
        country: "LK",
        currency: "LKR",
        timeZone: "Asia/Colombo",
        createdAt: new Date(base + i * 60_000),
        ...(key === "c" ? { status: "SUSPENDED" as const } : {}),
      },
    });
    ids[key] = store.id;
  }
  const owner = await db.platformUser.create({ data: { email: ownerEmail, name: "Owner", passwordHash: "x" } });
  const staff = await db.platformUser.create({ data: { email: `staff-${token}@example.com`, name: "Staff", passwordHash: "x" } });
  await storeDb(ids.b).storeMembership.create({ data: { storeId: ids.b, userId: owner.id, role: "OWNER" } });
  await storeDb(ids.a).storeMembership.create({ data: { storeId: ids.a, userId: staff.id, role: "STAFF" } });
});

afterAll(disconnectDb);

describe("listStores (platform admin)", () => {
  it("finds stores by part of the name, case-insensitively, newest first by default", async () => {
    const page = await listStores(q({ q: token.toUpperCase() }));
    expect(page.total).toBe(3);
    expect(page.stores.map((s) => s.id)).toEqual([ids.c, ids.b, ids.a]);
    const oldest = await listStores(q({ q: token, sort: "oldest" }));
    expect(oldest.stores.map((s) => s.id)).toEqual([ids.a, ids.b, ids.c]);
  });

  it("finds a store by part of its slug", async () => {
    const page = await listStores(q({ q: `${token}-b` }));
    expect(page.stores.map((s) => s.slug)).toEqual([`${token}-b`]);
  });

  it("finds a store by its owner's email, not by a staff member's, and lists its owners", async () => {
    const page = await listStores(q({ q: ownerEmail.toUpperCase() }));
    expect(page.stores.map((s) => s.id)).toEqual([ids.b]);
    expect(page.stores[0]!.owners.map((o) => o.email)).toEqual([ownerEmail]);
    expect((await listStores(q({ q: `staff-${token}` }))).total).toBe(0);
  });

  it("filters by status", async () => {
    expect((await listStores(q({ q: token, status: "SUSPENDED" }))).stores.map((s) => s.id)).toEqual([ids.c]);
    expect((await listStores(q({ q: token, status: "ACTIVE" }))).stores.map((s) => s.id)).toEqual([ids.b, ids.a]);
  });

  it("pages through the results", async () => {
    const first = await listStores(q({ q: token, page: 1 }), 2);
    const second = await listStores(q({ q: token, page: 2 }), 2);
    const beyond = await listStores(q({ q: token, page: 3 }), 2);
    expect([first.total, first.pageCount, first.stores.length]).toEqual([3, 2, 2]);
    expect(second.stores.map((s) => s.id)).toEqual([ids.a]);
    expect(beyond.stores).toEqual([]);
  });

  it("takes LIKE wildcards in the search literally", async () => {
    expect((await listStores(q({ q: `${token}%` }))).total).toBe(0);
    expect((await listStores(q({ q: `${token}_a` }))).total).toBe(0);
  });
});
