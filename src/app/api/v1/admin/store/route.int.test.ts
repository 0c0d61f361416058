import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TPermission } from "@/server/access";
import { revokeApiKey } from "@/server/api-keys";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { createStore } from "@/server/onboarding";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/http/platform-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/http/platform-auth")>()),
  getPlatformActor: async () => (session.userId ? { userId: session.userId, name: "Test", isPlatformAdmin: false } : null),
}));

const { GET, PATCH } = await import("./route");

const run = Math.random().toString(36).slice(2, 8);
const BASE = "http://localhost:3000/api/v1/admin/store";

let storeA: { id: string; slug: string };
let storeB: { id: string; slug: string };
let ownerA: string;
let supportA: string;

async function user(name: string) {
  return (await platformDb().platformUser.create({ data: { email: `${name}-${run}@example.com`, name, passwordHash: "x", emailVerifiedAt: new Date() } })).id;
}

beforeAll(async () => {
  ownerA = await user("api-owner-a");
  const ownerB = await user("api-owner-b");
  supportA = await user("api-support-a");
  storeA = await createStore(ownerA, { name: "API Store A", slug: `api-a-${run}`, country: "US", currency: "USD", timeZone: "UTC" });
  storeB = await createStore(ownerB, { name: "API Store B", slug: `api-b-${run}`, country: "GB", currency: "GBP", timeZone: "Europe/London" });
  await storeDb(storeA.id).storeMembership.create({ data: { storeId: storeA.id, userId: supportA, role: "SUPPORT" } });
});

beforeEach(() => {
  session.userId = null;
});

afterAll(disconnectDb);

/**
 * A key in the format verifyApiKey accepts (`ek_<id>_<secret>`, SHA-256 stored), written
 * directly so these tests are about the route, not about key creation.
 */
async function keyFor(storeId: string, userId: string, scopes: TPermission[]): Promise<string> {
  const db = storeDb(storeId);
  const row = await db.apiKey.create({ data: { storeId, name: "test", prefix: "ek_", secretHash: "", scopes, createdById: userId } });
  const key = `ek_${row.id}_${randomBytes(32).toString("base64url")}`;
  await db.apiKey.update({ where: { id: row.id }, data: { secretHash: createHash("sha256").update(key).digest("hex") } });
  return key;
}
const keyId = (key: string) => /^ek_([a-z0-9]+)_/.exec(key)![1]!;
const get = (query = "", headers: Record<string, string> = {}) => GET(new Request(`${BASE}${query}`, { headers }));
const patch = (body: unknown, query = "", headers: Record<string, string> = {}) =>
  PATCH(new Request(`${BASE}${query}`, { method: "PATCH", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }));
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe("GET /api/v1/admin/store with an API key", () => {
  it("returns the key's store profile and records the key's use", async () => {
    const key = await keyFor(storeA.id, ownerA, ["orders:read"]);
    const res = await get("", bearer(key));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: storeA.id, slug: storeA.slug, name: "API Store A", currency: "USD", country: "US", timeZone: "UTC", themeColor: "#111827", status: "ACTIVE" });
    const row = await storeDb(storeA.id).apiKey.findUniqueOrThrow({ where: { id: keyId(key) } });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });

  it("is 404 when the key's store is not the named one, 401 without or with a bad or revoked key", async () => {
    const key = await keyFor(storeA.id, ownerA, ["orders:read", "settings:write"]);
    const cross = await get(`?store=${storeB.slug}`, bearer(key));
    expect(cross.status).toBe(404);
    expect(JSON.stringify(await cross.json())).not.toContain("API Store B");
    expect((await get()).status).toBe(401);
    expect((await get("", bearer("ek_nope"))).status).toBe(401);
    const revokedKey = await keyFor(storeA.id, ownerA, ["orders:read"]);
    expect((await get("", bearer(revokedKey))).status).toBe(200);
    // Another store cannot revoke it; its own store can.
    expect(await revokeApiKey(storeB.id, { userId: ownerA }, keyId(revokedKey))).toBe(false);
    expect((await get("", bearer(revokedKey))).status).toBe(200);
    expect(await revokeApiKey(storeA.id, { userId: ownerA }, keyId(revokedKey))).toBe(true);
    expect((await get("", bearer(revokedKey))).status).toBe(401);
  });
});

describe("PATCH /api/v1/admin/store", () => {
  it("needs settings:write: a key without it gets 403 and nothing changes", async () => {
    const key = await keyFor(storeA.id, ownerA, ["orders:read"]);
    const res = await patch({ name: "Hacked" }, "", bearer(key));
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("FORBIDDEN");
    expect((await platformDb().store.findUniqueOrThrow({ where: { id: storeA.id } })).name).toBe("API Store A");
  });

  it("updates with settings:write, audited as the key", async () => {
    const key = await keyFor(storeA.id, ownerA, ["settings:write"]);
    const res = await patch({ themeColor: "#0F766E", timeZone: "Asia/Colombo" }, "", bearer(key));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ themeColor: "#0f766e", timeZone: "Asia/Colombo", name: "API Store A" });
    const audit = await storeDb(storeA.id).auditLogEntry.findFirstOrThrow({ where: { storeId: storeA.id, action: "store.updated" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorType: "api_key", data: { fields: ["themeColor", "timeZone"] } });
  });

  it("answers invalid bodies with 422 and field paths, unknown fields included", async () => {
    const key = await keyFor(storeA.id, ownerA, ["settings:write"]);
    const bad = await patch({ themeColor: "teal", timeZone: "Atlantis/Capital" }, "", bearer(key));
    expect(bad.status).toBe(422);
    const paths = (await bad.json()).error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["themeColor", "timeZone"]));
    const unknown = await patch({ slug: "stolen" }, "", bearer(key));
    expect(unknown.status).toBe(422);
    expect((await platformDb().store.findUniqueOrThrow({ where: { id: storeA.id } })).slug).toBe(storeA.slug);
  });
});

describe("with a dashboard session and ?store=<slug>", () => {
  it("support staff read the profile but get 403 JSON for settings", async () => {
    session.userId = supportA;
    expect((await get(`?store=${storeA.slug}`)).status).toBe(200);
    const res = await patch({ name: "Support was here" }, `?store=${storeA.slug}`);
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect((await res.json()).error.code).toBe("FORBIDDEN");
  });

  it("staff of store A get 404 for store B, for reads and writes, and B is untouched", async () => {
    session.userId = ownerA;
    for (const res of [await get(`?store=${storeB.slug}`), await patch({ name: "Taken over" }, `?store=${storeB.slug}`)]) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(await res.json())).not.toContain("API Store B");
    }
    expect((await platformDb().store.findUniqueOrThrow({ where: { id: storeB.id } })).name).toBe("API Store B");
    // A store that does not exist looks exactly the same.
    expect((await get("?store=no-such-store-at-all")).status).toBe(404);
  });

  it("the owner updates through the session", async () => {
    session.userId = ownerA;
    const res = await patch({ name: "API Store A2" }, `?store=${storeA.slug}`);
    expect(res.status).toBe(200);
    expect((await res.json()).name).toBe("API Store A2");
  });

  it("signed out without a key is 401", async () => {
    expect((await patch({ name: "x" }, `?store=${storeA.slug}`)).status).toBe(401);
  });
});
