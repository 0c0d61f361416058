import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { ZAuditQuery, ZStoreAuditQuery } from "./audit.schemas";
import { listAuditEntries } from "./list-audit-entries";
import { listStoreAuditEntries } from "./list-store-audit-entries";
import { recordAudit } from "./record-audit";

const suffix = Math.random().toString(36).slice(2, 8);
const prefix = `test.${suffix}.`;
const all = (input: Record<string, unknown> = {}) => ZAuditQuery.parse(input);
const own = (input: Record<string, unknown> = {}) => ZStoreAuditQuery.parse(input);
let storeA: string;
let storeB: string;
let ownerA: string;
let outsider: string;
let admin: string;

beforeAll(async () => {
  const db = platformDb();
  const mkStore = (slug: string) => db.store.create({ data: { slug, name: slug, country: "US", currency: "USD", timeZone: "UTC" } });
  storeA = (await mkStore(`audit-a-${suffix}`)).id;
  storeB = (await mkStore(`audit-b-${suffix}`)).id;
  const mkUser = (name: string) => db.platformUser.create({ data: { email: `${name}-${suffix}@example.com`, name, passwordHash: "x" } });
  ownerA = (await mkUser("owner-a")).id;
  outsider = (await mkUser("outsider")).id;
  admin = (await mkUser("admin")).id;
  await storeDb(storeA).storeMembership.create({ data: { storeId: storeA, userId: ownerA, role: "OWNER" } });

  // An old entry, for the date filter (recordAudit always stamps "now").
  await db.auditLogEntry.create({ data: { storeId: storeA, actorType: "system", action: `${prefix}old`, createdAt: new Date("2020-06-15T12:00:00Z") } });
  await recordAudit({ storeId: storeA, actorType: "platform_user", actorId: ownerA, action: `${prefix}alpha`, targetType: "api_key", targetId: "k1", ip: "198.51.100.7", userAgent: "UA-alpha", data: { scopes: ["orders:read"] } });
  await recordAudit({ storeId: storeA, actorType: "platform_admin", actorId: admin, action: `${prefix}suspended` });
  await recordAudit({ storeId: storeA, actorType: "platform_user", actorId: outsider, action: `${prefix}by_outsider` });
  await recordAudit({ storeId: storeB, actorType: "platform_user", actorId: outsider, action: `${prefix}victim_secret` });
  await recordAudit({ storeId: null, actorType: "system", action: `${prefix}platform_only` });
});

afterAll(disconnectDb);

describe("listAuditEntries (platform admins: every store)", () => {
  it("lists every store's and platform-level entries, newest first, with store slug and actor email", async () => {
    const page = await listAuditEntries(all({ action: prefix }));
    expect(page.entries.map((e) => e.action)).toEqual([
      `${prefix}platform_only`,
      `${prefix}victim_secret`,
      `${prefix}by_outsider`,
      `${prefix}suspended`,
      `${prefix}alpha`,
      `${prefix}old`,
    ]);
    const alpha = page.entries.find((e) => e.action === `${prefix}alpha`)!;
    expect(alpha).toMatchObject({
      storeId: storeA,
      storeSlug: `audit-a-${suffix}`,
      actorType: "platform_user",
      actorId: ownerA,
      actorLabel: `owner-a-${suffix}@example.com`,
      targetType: "api_key",
      targetId: "k1",
      ip: "198.51.100.7",
      userAgent: "UA-alpha",
      data: '{"scopes":["orders:read"]}',
    });
    expect(page.entries[0]).toMatchObject({ storeId: null, storeSlug: null, actorLabel: null });
  });

  it("filters by store slug (an unknown slug matches nothing), actor type and dates", async () => {
    const b = await listAuditEntries(all({ store: `AUDIT-B-${suffix}`, action: prefix }));
    expect(b.entries.map((e) => e.action)).toEqual([`${prefix}victim_secret`]);
    expect((await listAuditEntries(all({ store: `nosuch-${suffix}` }))).total).toBe(0);
    expect((await listAuditEntries(all({ action: prefix, actorType: "platform_admin" }))).entries.map((e) => e.action)).toEqual([`${prefix}suspended`]);
    const old = await listAuditEntries(all({ action: prefix, from: "2020-06-15", to: "2020-06-15" }));
    expect(old.entries.map((e) => e.action)).toEqual([`${prefix}old`]);
    expect((await listAuditEntries(all({ action: prefix, to: "2020-06-14" }))).total).toBe(0);
    expect((await listAuditEntries(all({ action: prefix, from: "2020-06-16" }))).total).toBe(5);
  });

  it("matches the action as a literal prefix", async () => {
    expect((await listAuditEntries(all({ action: `${prefix}by_` }))).entries.map((e) => e.action)).toEqual([`${prefix}by_outsider`]);
    expect((await listAuditEntries(all({ action: `${prefix.replace(".", "_")}` }))).total).toBe(0);
  });

  it("pages", async () => {
    const p1 = await listAuditEntries(all({ action: prefix }), 4);
    const p2 = await listAuditEntries(all({ action: prefix, page: 2 }), 4);
    expect([p1.total, p1.pageCount, p1.entries.length, p2.entries.length]).toEqual([6, 2, 4, 2]);
    expect(p2.entries.map((e) => e.action)).toEqual([`${prefix}alpha`, `${prefix}old`]);
  });
});

describe("listStoreAuditEntries (a store's owners: their store only)", () => {
  it("shows only that store's entries: never another store's, never platform-level ones", async () => {
    const page = await listStoreAuditEntries(storeA, own({ action: prefix }));
    expect(page.entries.map((e) => e.action)).toEqual([`${prefix}by_outsider`, `${prefix}suspended`, `${prefix}alpha`, `${prefix}old`]);
    expect(page.entries.every((e) => e.storeId === storeA)).toBe(true);
    expect(JSON.stringify(page)).not.toContain("victim_secret");
    expect(JSON.stringify(page)).not.toContain("platform_only");
  });

  it("another store's entries stay invisible whatever the filters", async () => {
    expect((await listStoreAuditEntries(storeA, own({ action: `${prefix}victim` }))).total).toBe(0);
    const b = await listStoreAuditEntries(storeB, own({ action: prefix }));
    expect(b.entries.map((e) => e.action)).toEqual([`${prefix}victim_secret`]);
  });

  it("names actors only when they are the store's staff; a platform admin only as such", async () => {
    const page = await listStoreAuditEntries(storeA, own({ action: prefix }));
    const label = (action: string) => page.entries.find((e) => e.action === `${prefix}${action}`)!.actorLabel;
    expect(label("alpha")).toBe(`owner-a-${suffix}@example.com`);
    expect(label("suspended")).toBe("Platform admin");
    expect(label("by_outsider")).toBeNull();
    expect(JSON.stringify(page)).not.toContain(`outsider-${suffix}@example.com`);
    expect(JSON.stringify(page)).not.toContain(`admin-${suffix}@example.com`);
  });
});
