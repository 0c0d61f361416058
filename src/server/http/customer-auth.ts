import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { customerAuthOptions, realmCookies } from "@/server/identity";
import { storeIdFromHeaders } from "@/server/tenancy";

/** The customer realm's session cookie name (next-auth may split it into `<name>.0`, `<name>.1`, ...). */
const CUSTOMER_SESSION_COOKIE = () => realmCookies("customer").sessionToken!.name;

export type TCustomerActor = { customerId: string; storeId: string };

const CACHE_MS = 10_000;
const versions = new Map<string, { at: number; sv: number | null }>();

async function currentVersion(storeId: string, customerId: string): Promise<number | null> {
  const key = `${storeId}:${customerId}`;
  const hit = versions.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.sv;
  const row = await storeDb(storeId).customer.findFirst({
    where: { storeId, id: customerId, erasedAt: null },
    select: { sessionVersion: true },
  });
  if (versions.size > 50_000) versions.clear();
  versions.set(key, { at: Date.now(), sv: row?.sessionVersion ?? null });
  return row?.sessionVersion ?? null;
}

/** Forgets the cached session version (after sign-out everywhere, password change, erasure). */
export function forgetCustomerSession(storeId: string, customerId: string): void {
  versions.delete(`${storeId}:${customerId}`);
}

/**
 * The customer signed in on this store host, or null. A token minted for another store, or
 * one whose sessionVersion is behind the account's (signed out everywhere, password changed,
 * account erased), counts as signed out. `hostStoreId`: the store the caller resolved from
 * the Host header itself (storeOfHostRequest), required on the paths the proxy does not run
 * for; elsewhere the proxy's store header is used.
 */
export async function getCustomerActor(hostStoreId?: string): Promise<TCustomerActor | null> {
  const h = await headers();
  const storeId = hostStoreId ?? storeIdFromHeaders(h);
  if (!storeId) return null;
  // No session cookie (every guest request): nothing for next-auth to decode.
  if (!h.get("cookie")?.includes(CUSTOMER_SESSION_COOKIE())) return null;
  const session = (await getServerSession(customerAuthOptions(storeId))) as { customerId?: string; storeId?: string; sv?: number } | null;
  if (!session?.customerId || session.storeId !== storeId) return null;
  const sv = await currentVersion(storeId, session.customerId);
  if (sv === null || sv !== (session.sv ?? 0)) return null;
  return { customerId: session.customerId, storeId };
}

/** For /account pages: signed out -> the store's sign-in page, back here afterwards. */
export async function requireCustomerPage(returnPath = "/account"): Promise<TCustomerActor> {
  const actor = await getCustomerActor();
  if (!actor) redirect(`/account/login?callbackUrl=${encodeURIComponent(returnPath)}`);
  return actor;
}

/** For route handlers and server actions: 401 when no customer is signed in on this host. */
export async function requireCustomer(): Promise<TCustomerActor> {
  const actor = await getCustomerActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to your account");
  return actor;
}
