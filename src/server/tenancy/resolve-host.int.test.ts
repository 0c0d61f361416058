import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/env";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { invalidateStoreCache, resolveHost } from "./resolve-host";

const suffix = Math.random().toString(36).slice(2, 8);
const slug = `resolve-${suffix}`;
const root = "shop.example.test";
let storeId: string;

beforeAll(async () => {
  process.env.ROOT_DOMAIN = root;
  process.env.TENANT_CACHE_TTL_MS = "60000";
  resetEnvForTests();
  const store = await platformDb().store.create({
    data: { slug, name: "Resolver Test", country: "LK", currency: "LKR", timeZone: "Asia/Colombo" },
  });
  storeId = store.id;
  await storeDb(storeId).storeDomain.createMany({
    data: [
      { storeId, hostname: `verified-${suffix}.lk`, verifiedAt: new Date() },
      { storeId, hostname: `pending-${suffix}.lk`, verifiedAt: null },
    ],
  });
});

afterAll(disconnectDb);

describe("resolveHost", () => {
  it("resolves the platform, a store subdomain and a verified custom domain", async () => {
    expect(await resolveHost(root)).toEqual({ area: "platform" });
    expect(await resolveHost(`${slug}.${root}`)).toEqual({ area: "store", store: { id: storeId, slug, name: "Resolver Test", status: "ACTIVE" } });
    expect(await resolveHost(`verified-${suffix}.lk`)).toMatchObject({ area: "store", store: { id: storeId } });
  });

  it("does not serve a store on an unverified domain or an unknown slug", async () => {
    expect(await resolveHost(`pending-${suffix}.lk`)).toEqual({ area: "unknown" });
    expect(await resolveHost(`nosuch-${suffix}.${root}`)).toEqual({ area: "unknown" });
  });

  it("serves from its cache until the store is invalidated", async () => {
    await resolveHost(`${slug}.${root}`);
    await platformDb().store.update({ where: { id: storeId }, data: { status: "SUSPENDED" } });
    // Cached: no database read, still the old answer.
    expect(await resolveHost(`${slug}.${root}`)).toMatchObject({ store: { status: "ACTIVE" } });
    invalidateStoreCache({ slug });
    expect(await resolveHost(`${slug}.${root}`)).toMatchObject({ store: { status: "SUSPENDED" } });
  });

  it("caches misses too, so unknown hosts do not query the database on every request", async () => {
    const later = `later-${suffix}`;
    expect(await resolveHost(`${later}.${root}`)).toEqual({ area: "unknown" });
    await platformDb().store.create({ data: { slug: later, name: "Later", country: "US", currency: "USD", timeZone: "UTC" } });
    expect(await resolveHost(`${later}.${root}`)).toEqual({ area: "unknown" });
    invalidateStoreCache({ slug: later });
    expect(await resolveHost(`${later}.${root}`)).toMatchObject({ area: "store", store: { slug: later } });
  });
});
