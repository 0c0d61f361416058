import { env } from "@/env";
import { blindIndex } from "@/server/privacy";
import { check, hit, reset } from "@/server/security";

/**
 * Failed sign-ins are limited per account (SIGNIN_MAX_FAILURES within SIGNIN_LOCK_SECONDS,
 * then locked for SIGNIN_LOCK_SECONDS) and per IP (ten times that). Counters live in the
 * database, shared by every app instance. Keys hold HMACs, never the email or address.
 */
export type TSignInKeys = { account: string; ip: string | null };

export function signInKeys(realm: string, email: string, ip: string | null): TSignInKeys {
  return {
    account: `signin:acct:${blindIndex("signin-account", `${realm}:${email.toLowerCase()}`)}`,
    ip: ip ? `signin:ip:${blindIndex("signin-ip", ip)}` : null,
  };
}

function policies() {
  const { SIGNIN_MAX_FAILURES: limit, SIGNIN_LOCK_SECONDS: seconds } = env();
  const windowMs = seconds * 1000;
  return {
    account: { limit, windowMs, blockMs: windowMs },
    ip: { limit: limit * 10, windowMs, blockMs: windowMs },
  };
}

/** Seconds until sign-in may be tried again for these keys, or 0 when it is allowed now. */
export async function signInRetryAfter(keys: TSignInKeys): Promise<number> {
  const results = await Promise.all([check(keys.account), keys.ip ? check(keys.ip) : null]);
  return Math.max(0, ...results.map((r) => (r?.blocked ? r.retryAfterSeconds : 0)));
}

export async function isSignInBlocked(keys: TSignInKeys): Promise<boolean> {
  return (await signInRetryAfter(keys)) > 0;
}

/** Counts a failure against the account and the IP; a success clears the account's count. */
export async function recordSignInOutcome(keys: TSignInKeys, success: boolean): Promise<void> {
  if (success) {
    await reset(keys.account);
    return;
  }
  const p = policies();
  await Promise.all([hit(keys.account, p.account), keys.ip ? hit(keys.ip, p.ip) : null]);
}
