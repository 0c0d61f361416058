/**
 * Fixtures of the store dashboard's integration tests (not a shipped code path): verified
 * platform users, stores made through onboarding with their owner, extra staff, the mocked
 * session, and how a page or action ended ("ok", the 404/403 Next.js would answer, or the
 * redirect).
 *
 * The session is a mock of getPlatformActor reading `session.userId` (null = signed out); the
 * mocks are built by ./dashboard-test-session (see there how a test file names them).
 * Importing this module turns on Next.js's auth interrupts, so forbidden() answers 403.
 */
import { platformDb, storeDb } from "@/server/db";
import { createStore } from "@/server/onboarding";

export { session } from "./dashboard-test-session";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

/** Tells this test file's rows from those of other files and runs in the same database. */
export const run = Math.random().toString(36).slice(2, 8);

/** A platform user with a verified email (`<name>-<run>@example.com`); returns the id. */
export async function createTestUser(name: string): Promise<string> {
  return (await platformDb().platformUser.create({ data: { email: `${name}-${run}@example.com`, name, passwordHash: "x", emailVerifiedAt: new Date() } })).id;
}

/** A store in Sri Lanka (LKR) made through onboarding, `ownerId` its owner; slug `<slug>-<run>`. */
export function createTestStore(ownerId: string, store: { name: string; slug: string; timeZone?: string }) {
  return createStore(ownerId, { name: store.name, slug: `${store.slug}-${run}`, country: "LK", currency: "LKR", timeZone: store.timeZone ?? "UTC" });
}

/** Makes a user staff of a store with a role; returns the membership id. */
export async function addStaff(storeId: string, userId: string, role: "ADMIN" | "STAFF" | "SUPPORT"): Promise<string> {
  return (await storeDb(storeId).storeMembership.create({ data: { storeId, userId, role } })).id;
}

type TStoreSpec = { name: string; timeZone?: string };

/**
 * The usual cast of a dashboard test: store A with its owner and one more member (`role`,
 * SUPPORT unless said), and a victim store B of another owner. Users are `<prefix>-owner-a`,
 * `<prefix>-member-a` and `<prefix>-owner-b`; slugs `<prefix>-a-<run>` and `<prefix>-b-<run>`.
 */
export async function createStoresAB(prefix: string, spec: { a: TStoreSpec; b: TStoreSpec; role?: "ADMIN" | "STAFF" | "SUPPORT" }) {
  const [ownerA, memberA, ownerB] = await Promise.all([createTestUser(`${prefix}-owner-a`), createTestUser(`${prefix}-member-a`), createTestUser(`${prefix}-owner-b`)]);
  const a = await createTestStore(ownerA, { ...spec.a, slug: `${prefix}-a` });
  const b = await createTestStore(ownerB, { ...spec.b, slug: `${prefix}-b` });
  await addStaff(a.id, memberA, spec.role ?? "SUPPORT");
  return { a, b, ownerA, memberA, ownerB };
}

/** "ok", or the HTTP status / redirect Next.js would answer with. */
export async function outcome(render: () => Promise<unknown>): Promise<string> {
  try {
    await render();
    return "ok";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return digest.split(";")[1]!;
    if (digest.startsWith("NEXT_REDIRECT;")) return `redirect ${digest.split(";")[2]}`;
    throw error;
  }
}

/** Form data as a browser posts it: a list value is the field repeated. */
export function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) f.append(k, value);
  return f;
}

/** A store page's props: the store in the path and the query string. */
export const storePageProps = (store: string, query: Record<string, string> = {}) => ({ params: Promise.resolve({ store }), searchParams: Promise.resolve(query) });
