import "server-only";
import { redirect } from "next/navigation";
import { getPlatformActor } from "@/server/http";
import { getAccount, type TAccount } from "@/server/onboarding";

/** The signed-in user's account for dashboard pages outside a store; signed out -> /login. */
export async function requireAccount(path: string): Promise<TAccount> {
  const actor = await getPlatformActor();
  const account = actor ? await getAccount(actor.userId) : null;
  if (!account) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return account;
}

/** As requireAccount, and unverified users go to the "verify your email" page first. */
export async function requireVerifiedAccount(path: string): Promise<TAccount> {
  const account = await requireAccount(path);
  if (!account.emailVerified) redirect(`/verify-email?next=${encodeURIComponent(path)}`);
  return account;
}
