import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { createStore, getStoreSettings, SLUG_TAKEN, updateStoreSettings } from "@/server/onboarding";
import { findStoreBySlug } from "@/server/tenancy";

const run = Math.random().toString(36).slice(2, 8);
const slug = (name: string) => `${name}-${run}`;
const input = (s: string) => ({ name: "Lanka Gems", slug: s, country: "LK", currency: "LKR", timeZone: "Asia/Colombo" });

let owner: { id: string };
let unverified: { id: string };

beforeAll(async () => {
  owner = await platformDb().platformUser.create({ data: { email: `owner-${run}@example.com`, name: "Owner", passwordHash: "x", emailVerifiedAt: new Date() } });
  unverified = await platformDb().platformUser.create({ data: { email: `unverified-${run}@example.com`, name: "New", passwordHash: "x" } });
});

afterAll(disconnectDb);

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("createStore", () => {
  it("creates the store, the owner membership, an audit entry and store.created in one go, and the host resolves at once", async () => {
    const s = slug("lanka-gems");
    // A lookup before creation caches "no such store"; creation must drop that.
    expect(await findStoreBySlug(s)).toBeNull();
    const store = await createStore(owner.id, input(s.toUpperCase()), { ip: "192.0.2.9", userAgent: "vitest" });
    expect(store.slug).toBe(s);
    expect(await findStoreBySlug(s)).toMatchObject({ id: store.id, slug: s, status: "ACTIVE" });
    expect(await getStoreSettings(store.id)).toEqual({
      id: store.id,
      slug: s,
      name: "Lanka Gems",
      currency: "LKR",
      country: "LK",
      timeZone: "Asia/Colombo",
      themeColor: "#111827",
      status: "ACTIVE",
    });
    expect(await storeDb(store.id).storeMembership.findMany({ where: { storeId: store.id }, select: { userId: true, role: true } })).toEqual([{ userId: owner.id, role: "OWNER" }]);
    const audit = await storeDb(store.id).auditLogEntry.findFirstOrThrow({ where: { storeId: store.id, action: "store.created" } });
    expect(audit).toMatchObject({ actorType: "platform_user", actorId: owner.id, targetId: store.id, ip: "192.0.2.9" });
    const event = await platformDb().outboxEvent.findFirstOrThrow({ where: { storeId: store.id, type: "store.created" } });
    expect(event.payload).toMatchObject({ storeId: store.id, slug: s, ownerId: owner.id });
  });

  it("refuses a taken address with a field error and writes nothing more", async () => {
    const s = slug("taken");
    await createStore(owner.id, input(s));
    const error = await errorOf(createStore(owner.id, { ...input(s), name: `Copycat ${run}` }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
    expect((error as AppError).status).toBe(409);
    expect((error as AppError).details?.fields).toEqual([{ path: "slug", message: SLUG_TAKEN }]);
    expect(await platformDb().store.count({ where: { name: `Copycat ${run}` } })).toBe(0);
    expect(await platformDb().auditLogEntry.count({ where: { action: "store.created", actorId: owner.id, data: { path: "$.slug", equals: s } } })).toBe(1);
  });

  it("refuses bad and reserved slugs before writing anything", async () => {
    for (const bad of ["ab", "Lanka Gems", "-lanka", "admin", "www", "dashboard", "x".repeat(41)]) {
      const error = await errorOf(createStore(owner.id, input(bad)));
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0]?.path).toEqual(["slug"]);
    }
    expect(await platformDb().store.count({ where: { slug: { in: ["admin", "www", "dashboard"] } } })).toBe(0);
  });

  it("lets only verified users create stores", async () => {
    const s = slug("unverified");
    const error = await errorOf(createStore(unverified.id, input(s)));
    expect((error as AppError).code).toBe("FORBIDDEN");
    expect(await platformDb().store.findUnique({ where: { slug: s } })).toBeNull();
  });

  it("lets one user own several stores", async () => {
    const a = await createStore(owner.id, input(slug("first")));
    const b = await createStore(owner.id, input(slug("second")));
    const memberships = await platformDb().store.findMany({ where: { id: { in: [a.id, b.id] }, memberships: { some: { userId: owner.id, role: "OWNER" } } } });
    expect(memberships).toHaveLength(2);
  });
});

describe("updateStoreSettings", () => {
  it("updates name, colour and time zone, audits the field names and emits store.updated", async () => {
    const store = await createStore(owner.id, input(slug("settings")));
    const updated = await updateStoreSettings(store.id, { kind: "user", userId: owner.id }, { name: "Lanka Gems & Co", themeColor: "#0F766E", timeZone: "UTC" });
    expect(updated).toMatchObject({ name: "Lanka Gems & Co", themeColor: "#0f766e", timeZone: "UTC" });
    expect(await findStoreBySlug(store.slug)).toMatchObject({ name: "Lanka Gems & Co" });
    const audit = await storeDb(store.id).auditLogEntry.findFirstOrThrow({ where: { storeId: store.id, action: "store.updated" } });
    expect(audit.data).toEqual({ fields: ["name", "themeColor", "timeZone"] });
    expect(await platformDb().outboxEvent.count({ where: { storeId: store.id, type: "store.updated" } })).toBe(1);
    // Saving the same values again changes nothing and records nothing.
    await updateStoreSettings(store.id, { kind: "api_key", keyId: "k1" }, { name: "Lanka Gems & Co" });
    expect(await platformDb().outboxEvent.count({ where: { storeId: store.id, type: "store.updated" } })).toBe(1);
  });

  it("refuses invalid input and fields it does not own, writing nothing", async () => {
    const store = await createStore(owner.id, input(slug("settings-bad")));
    for (const bad of [{ themeColor: "blue" }, { timeZone: "Nowhere/Else" }, { name: "" }, { slug: "other" }, { currency: "USD" }, {}]) {
      await expect(updateStoreSettings(store.id, { kind: "user", userId: owner.id }, bad)).rejects.toBeInstanceOf(ZodError);
    }
    expect(await getStoreSettings(store.id)).toMatchObject({ slug: store.slug, name: "Lanka Gems", currency: "LKR", themeColor: "#111827" });
  });
});
