import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { platformDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { platformAuthOptions } from "@/server/identity";
import { storeIdFromHeaders } from "@/server/tenancy";

export type TPlatformActor = { userId: string; name: string; isPlatformAdmin: boolean };

type TCached = { at: number; user: { sessionVersion: number; name: string; isPlatformAdmin: boolean } | null };
const CACHE_MS = 10_000;
const cache = new Map<string, TCached>();

async function loadUser(userId: string) {
  const hit = cache.get(userId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.user;
  const user = await platformDb().platformUser.findUnique({
    where: { id: userId },
    select: { sessionVersion: true, name: true, isPlatformAdmin: true },
  });
  if (cache.size > 10_000) cache.clear();
  cache.set(userId, { at: Date.now(), user });
  return user;
}

/** Forgets the cached session version (after sign-out everywhere or a password change). */
export function forgetPlatformSession(userId: string): void {
  cache.delete(userId);
}

/**
 * The signed-in platform user, or null. A session whose sessionVersion is behind the user's
 * (signed out everywhere, password changed) or whose user is gone counts as signed out.
 */
export async function getPlatformActor(): Promise<TPlatformActor | null> {
  const h = await headers();
  if (storeIdFromHeaders(h)) return null;
  const session = (await getServerSession(platformAuthOptions())) as { userId?: string; sv?: number } | null;
  if (!session?.userId) return null;
  const user = await loadUser(session.userId);
  if (!user || user.sessionVersion !== (session.sv ?? 0)) return null;
  return { userId: session.userId, name: user.name, isPlatformAdmin: user.isPlatformAdmin };
}

/** For pages and server actions under /admin: signed out -> /login; not an admin -> 404. */
export async function requirePlatformAdminPage(callbackPath = "/admin"): Promise<TPlatformActor> {
  const actor = await getPlatformActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!actor.isPlatformAdmin) notFound();
  return actor;
}

/** For `route({ authorize })` on platform-admin API routes: 401 signed out, 403 not an admin. */
export async function authorizePlatformAdmin(_req: Request): Promise<void> {
  const actor = await getPlatformActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in as a platform admin");
  if (!actor.isPlatformAdmin) throw new AppError("FORBIDDEN", "Platform admins only");
}

/** The platform admin behind an API request that passed authorizePlatformAdmin. */
export async function platformAdminActor(): Promise<TPlatformActor> {
  const actor = await getPlatformActor();
  if (!actor?.isPlatformAdmin) throw new AppError("FORBIDDEN", "Platform admins only");
  return actor;
}
