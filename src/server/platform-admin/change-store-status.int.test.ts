import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/env";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { resolveHost } from "@/server/tenancy";
import { reinstateStore, suspendStore } from "./change-store-status";
import { getStoreDetail } from "./get-store-detail";

const suffix = Math.random().toString(36).slice(2, 8);
const slug = `susp-${suffix}`;
const hostname = `susp-${suffix}.example.lk`;
const root = "status.example.test";
let storeId: string;
let adminId: string;
const actor = () => ({ userId: adminId, ip: "203.0.113.9", userAgent: "vitest" });

beforeAll(async () => {
  // A long TTL: only invalidation (not expiry) can make the new status visible here.
  process.env.ROOT_DOMAIN = root;
  process.env.TENANT_CACHE_TTL_MS = "600000";
  resetEnvForTests();
  const db = platformDb();
  storeId = (await db.store.create({ data: { slug, name: "Status Test", country: "LK", currency: "LKR", timeZone: "Asia/Colombo" } })).id;
  adminId = (await db.platformUser.create({ data: { email: `admin-${suffix}@example.com`, name: "Admin", passwordHash: "x", isPlatformAdmin: true } })).id;
  await storeDb(storeId).storeDomain.create({ data: { storeId, hostname, verifiedAt: new Date() } });
});

afterAll(disconnectDb);

const audits = () => platformDb().auditLogEntry.findMany({ where: { storeId, action: { startsWith: "store." } }, orderBy: { id: "asc" } });
const events = () => platformDb().outboxEvent.findMany({ where: { storeId, type: { startsWith: "store." } }, orderBy: { id: "asc" } });

describe("suspendStore / reinstateStore", () => {
  it("suspends: status, audit entry and outbox event together; the host cache sees it at once", async () => {
    // Warm the cache for the subdomain and the custom domain.
    expect(await resolveHost(`${slug}.${root}`)).toMatchObject({ area: "store", store: { status: "ACTIVE" } });
    expect(await resolveHost(hostname)).toMatchObject({ area: "store", store: { status: "ACTIVE" } });

    const result = await suspendStore(storeId, actor());
    expect(result).toEqual({ storeId, slug, status: "SUSPENDED", changed: true });
    expect((await platformDb().store.findUniqueOrThrow({ where: { id: storeId } })).status).toBe("SUSPENDED");

    const [audit] = await audits();
    expect(audit).toMatchObject({
      storeId,
      actorType: "platform_admin",
      actorId: adminId,
      action: "store.suspended",
      targetType: "store",
      targetId: storeId,
      ip: "203.0.113.9",
      userAgent: "vitest",
      data: { from: "ACTIVE", to: "SUSPENDED" },
    });
    const [event] = await events();
    expect(event).toMatchObject({ type: "store.suspended", storeId, payload: { storeId, status: "SUSPENDED", actorId: adminId } });

    expect(await resolveHost(`${slug}.${root}`)).toMatchObject({ store: { status: "SUSPENDED" } });
    expect(await resolveHost(hostname)).toMatchObject({ store: { status: "SUSPENDED" } });
  });

  it("suspending a suspended store writes nothing", async () => {
    const before = [(await audits()).length, (await events()).length];
    expect(await suspendStore(storeId, actor())).toMatchObject({ status: "SUSPENDED", changed: false });
    expect([(await audits()).length, (await events()).length]).toEqual(before);
  });

  it("reinstates: the storefront resolves as active again, with its own audit entry and event", async () => {
    const result = await reinstateStore(storeId, actor());
    expect(result).toEqual({ storeId, slug, status: "ACTIVE", changed: true });
    expect(await resolveHost(`${slug}.${root}`)).toMatchObject({ store: { status: "ACTIVE" } });
    expect(await resolveHost(hostname)).toMatchObject({ store: { status: "ACTIVE" } });
    expect((await audits()).map((a) => a.action)).toEqual(["store.suspended", "store.reinstated"]);
    expect((await events()).map((e) => e.type)).toEqual(["store.suspended", "store.reinstated"]);
    expect(await reinstateStore(storeId, actor())).toMatchObject({ changed: false });
    expect((await audits()).length).toBe(2);
  });

  it("the store detail shows the status history, newest first, with the admin", async () => {
    const detail = await getStoreDetail(storeId);
    expect(detail).toMatchObject({ id: storeId, slug, status: "ACTIVE", staffCount: 0, owners: [] });
    expect(detail!.domains.map((d) => d.hostname)).toEqual([hostname]);
    expect(detail!.statusHistory.map((h) => [h.action, h.actorId, h.actorEmail])).toEqual([
      ["store.reinstated", adminId, `admin-${suffix}@example.com`],
      ["store.suspended", adminId, `admin-${suffix}@example.com`],
    ]);
    expect(await getStoreDetail("no-such-store")).toBeNull();
  });

  it("an unknown store is NOT_FOUND and nothing is written", async () => {
    const before = await platformDb().auditLogEntry.count({ where: { actorId: adminId } });
    await expect(suspendStore("no-such-store", actor())).rejects.toSatisfy((e) => e instanceof AppError && e.code === "NOT_FOUND");
    expect(await platformDb().auditLogEntry.count({ where: { actorId: adminId } })).toBe(before);
  });
});
