/**
 * Who may open which store dashboard page and run which server action. The session is
 * replaced by a mock of getPlatformActor; everything below it (membership lookup, permission
 * matrix, domain) is real. Pages signal 404/403 the way Next.js does, by throwing an error
 * whose digest names the status.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/components/dashboard/form-state";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { addStaff, createStoresAB, createTestUser, form, outcome, run, session } from "./dashboard-test-support";

vi.mock("@/server/http/platform-auth", async (original) => (await import("./dashboard-test-session")).mockPlatformAuth(original));
vi.mock("next/headers", async () => (await import("./dashboard-test-session")).mockNextHeaders());
vi.mock("next/cache", async () => (await import("./dashboard-test-session")).mockNextCache());

const Layout = await import("./layout");
const pages = {
  overview: (await import("./page")).default,
  settings: (await import("./settings/page")).default,
  staff: (await import("./staff/page")).default,
  apiKeys: (await import("./api-keys/page")).default,
};
const settingsActions = await import("./settings/actions");
const staffActions = await import("./staff/actions");
const apiKeyActions = await import("./api-keys/actions");

let a: { id: string; slug: string };
let b: { id: string; slug: string };
let ownerA: string;
let supportA: string;
let bSupportMembership: string;

beforeAll(async () => {
  ({ a, b, ownerA, memberA: supportA } = await createStoresAB("page", { a: { name: "Page Store A" }, b: { name: "Victim Store B" } }));
  bSupportMembership = await addStaff(b.id, await createTestUser("page-support-b"), "SUPPORT");
});

beforeEach(() => {
  session.userId = null;
});

afterAll(disconnectDb);

const params = (store: string) => ({ params: Promise.resolve({ store }) });

describe("store dashboard pages", () => {
  it("staff of store A get 404 for every page, the layout and the title of store B", async () => {
    session.userId = ownerA;
    expect(await outcome(() => Layout.default({ children: null, ...params(b.slug) }))).toBe("404");
    expect(await outcome(() => Layout.generateMetadata(params(b.slug)))).toBe("404");
    for (const [name, page] of Object.entries(pages)) {
      expect([name, await outcome(() => page(params(b.slug)))]).toEqual([name, "404"]);
      // A store that does not exist looks the same.
      expect([name, await outcome(() => page(params(`nope-${run}`)))]).toEqual([name, "404"]);
    }
  });

  it("the owner opens every page of their store", async () => {
    session.userId = ownerA;
    expect(await outcome(() => Layout.default({ children: null, ...params(a.slug) }))).toBe("ok");
    expect(await Layout.generateMetadata(params(a.slug))).toMatchObject({ title: { default: "Page Store A | ECOM" } });
    for (const page of Object.values(pages)) expect(await outcome(() => page(params(a.slug)))).toBe("ok");
  });

  it("support staff open the overview but get 403 for settings, staff and API keys", async () => {
    session.userId = supportA;
    expect(await outcome(() => pages.overview(params(a.slug)))).toBe("ok");
    expect(await outcome(() => pages.settings(params(a.slug)))).toBe("403");
    expect(await outcome(() => pages.staff(params(a.slug)))).toBe("403");
    expect(await outcome(() => pages.apiKeys(params(a.slug)))).toBe("403");
  });

  it("signed-out visitors are sent to sign in, back to the store's dashboard", async () => {
    expect(await outcome(() => pages.settings(params(a.slug)))).toBe(`redirect /login?callbackUrl=${encodeURIComponent(`/dashboard/${a.slug}`)}`);
  });
});

describe("server actions re-check permission and tenant", () => {
  it("staff of store A cannot change anything of store B through any action", async () => {
    session.userId = ownerA;
    const results = [
      await settingsActions.updateStoreSettingsAction(b.slug, IDLE, form({ name: "Owned", themeColor: "#000000", timeZone: "UTC" })),
      await staffActions.inviteStaffAction(b.slug, IDLE, form({ email: `evil-${run}@example.com`, role: "OWNER" })),
      await staffActions.changeMemberRoleAction(b.slug, IDLE, form({ membershipId: bSupportMembership, role: "ADMIN" })),
      await staffActions.removeMemberAction(b.slug, IDLE, form({ membershipId: bSupportMembership })),
      await staffActions.transferOwnershipAction(b.slug, IDLE, form({ membershipId: bSupportMembership })),
      await apiKeyActions.createApiKeyAction(b.slug, IDLE, form({ name: "evil", scopes: ["orders:read"] })),
      // B's member id through A's own store is not found either.
      await staffActions.changeMemberRoleAction(a.slug, IDLE, form({ membershipId: bSupportMembership, role: "ADMIN" })),
      await staffActions.removeMemberAction(a.slug, IDLE, form({ membershipId: bSupportMembership })),
    ];
    for (const r of results) {
      expect(r.status).toBe("error");
      expect(r.message).toMatch(/not found|not on this store's staff/i);
      expect(JSON.stringify(r)).not.toContain("Victim Store B");
    }
    const store = await platformDb().store.findUniqueOrThrow({ where: { id: b.id } });
    expect(store.name).toBe("Victim Store B");
    expect(await storeDb(b.id).storeInvitation.count({ where: { storeId: b.id } })).toBe(0);
    expect(await storeDb(b.id).apiKey.count({ where: { storeId: b.id } })).toBe(0);
    expect((await storeDb(b.id).storeMembership.findUniqueOrThrow({ where: { id: bSupportMembership } })).role).toBe("SUPPORT");
  });

  it("support staff are refused by the settings, staff and API key actions even if they post directly", async () => {
    session.userId = supportA;
    const results = [
      await settingsActions.updateStoreSettingsAction(a.slug, IDLE, form({ name: "Support", themeColor: "#000000", timeZone: "UTC" })),
      await staffActions.inviteStaffAction(a.slug, IDLE, form({ email: `friend-${run}@example.com`, role: "SUPPORT" })),
      await apiKeyActions.createApiKeyAction(a.slug, IDLE, form({ name: "mine", scopes: ["orders:read"] })),
    ];
    for (const r of results) expect(r).toMatchObject({ status: "error", message: expect.stringMatching(/role does not include/) });
    expect((await platformDb().store.findUniqueOrThrow({ where: { id: a.id } })).name).toBe("Page Store A");
  });

  it("the owner saves settings; bad input comes back as field errors with what was typed", async () => {
    session.userId = ownerA;
    const bad = await settingsActions.updateStoreSettingsAction(a.slug, IDLE, form({ name: "", themeColor: "green", timeZone: "UTC" }));
    expect(bad).toMatchObject({ status: "error", fieldErrors: { name: expect.any(String), themeColor: "Use a colour like #0f766e" }, values: { themeColor: "green" } });
    const ok = await settingsActions.updateStoreSettingsAction(a.slug, IDLE, form({ name: "Page Store A+", themeColor: "#123abc", timeZone: "Asia/Colombo" }));
    expect(ok.status).toBe("ok");
    expect(await platformDb().store.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ name: "Page Store A+", themeColor: "#123abc", timeZone: "Asia/Colombo" });
    await settingsActions.updateStoreSettingsAction(a.slug, IDLE, form({ name: "Page Store A", themeColor: "#123abc", timeZone: "UTC" }));
  });

  it("signed out, actions refuse", async () => {
    const r = await settingsActions.updateStoreSettingsAction(a.slug, IDLE, form({ name: "x", themeColor: "#000000", timeZone: "UTC" }));
    expect(r).toMatchObject({ status: "error", message: "Sign in to continue" });
  });
});
