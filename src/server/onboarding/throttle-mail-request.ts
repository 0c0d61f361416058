import { AppError } from "@/server/errors";
import { blindIndex } from "@/server/privacy";
import { hit } from "@/server/security";

const HOUR_MS = 60 * 60 * 1000;

/** Per address and per IP, per kind of request; counters live in the database (all instances). */
export const MAIL_REQUEST_LIMITS = {
  perEmail: { limit: 5, windowMs: HOUR_MS },
  perIp: { limit: 20, windowMs: HOUR_MS },
} as const;

export type TMailRequestKind = "signup" | "verify" | "reset";

/** RATE_LIMITED (429 with Retry-After) with a message a person can act on. */
export function rateLimited(retryAfterSeconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new AppError("RATE_LIMITED", `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`, {
    retryAfterSeconds: Math.max(1, retryAfterSeconds),
  });
}

/**
 * Counts a request that sends an account mail (sign-up, verification, reset) and throws
 * RATE_LIMITED beyond the limits. It runs before the address is looked up, so registered and
 * unknown addresses are limited alike. Keys hold HMACs, never the address or IP; without a
 * trusted client IP (local runs) only the address is counted.
 */
export async function throttleMailRequest(kind: TMailRequestKind, email: string, ip: string | null | undefined): Promise<void> {
  const byEmail = await hit(`${kind}:email:${blindIndex("throttle-email", email)}`, MAIL_REQUEST_LIMITS.perEmail);
  if (!byEmail.allowed) throw rateLimited(byEmail.retryAfterSeconds);
  if (ip) {
    const byIp = await hit(`${kind}:ip:${blindIndex("throttle-ip", ip)}`, MAIL_REQUEST_LIMITS.perIp);
    if (!byIp.allowed) throw rateLimited(byIp.retryAfterSeconds);
  }
}
