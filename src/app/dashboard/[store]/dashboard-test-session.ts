/**
 * The mocked platform session of the store dashboard's integration tests, and the Next.js
 * modules they replace. Vitest hoists vi.mock only in the test file itself, so each file names
 * the mocks and lets this module build them (it imports no app code at run time, so a factory
 * may load it while the app's modules are still loading), then imports the pages and actions
 * with `await import`:
 *
 *   vi.mock("@/server/http/platform-auth", async (original) => (await import("<this module>")).mockPlatformAuth(original));
 *   vi.mock("next/headers", async () => (await import("<this module>")).mockNextHeaders());
 *   vi.mock("next/cache", async () => (await import("<this module>")).mockNextCache());
 */
import type * as PlatformAuth from "@/server/http/platform-auth";

/** Who is signed in to the platform (a user id), or null. */
export const session = { userId: null as string | null };

/** platform-auth with getPlatformActor answering from `session`. */
export async function mockPlatformAuth(importOriginal: () => Promise<unknown>): Promise<typeof PlatformAuth> {
  return {
    ...((await importOriginal()) as typeof PlatformAuth),
    getPlatformActor: async () => (session.userId ? { userId: session.userId, name: "Test", isPlatformAdmin: false } : null),
  };
}

/** next/headers outside a request: only a user agent. */
export const mockNextHeaders = () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) });

/** next/cache outside Next.js: revalidation does nothing. */
export const mockNextCache = () => ({ revalidatePath: () => undefined });
