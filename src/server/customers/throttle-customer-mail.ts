import { AppError } from "@/server/errors";
import { blindIndex } from "@/server/privacy";
import { hit } from "@/server/security";

const HOUR_MS = 60 * 60 * 1000;

/** Per address (within one store) and per IP, per kind of request. */
export const CUSTOMER_MAIL_LIMITS = {
  perEmail: { limit: 5, windowMs: HOUR_MS },
  perIp: { limit: 20, windowMs: HOUR_MS },
} as const;

export type TCustomerMailKind = "register" | "verify" | "reset";

/** RATE_LIMITED (429 with Retry-After) with a message a person can act on. */
export function customerRateLimited(retryAfterSeconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new AppError("RATE_LIMITED", `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`, {
    retryAfterSeconds: Math.max(1, retryAfterSeconds),
  });
}

/**
 * Counts a request that sends a customer mail (registration, verification, reset) and throws
 * RATE_LIMITED beyond the limits. It runs before the address is looked up, so registered and
 * unknown addresses are limited alike. Keys hold HMACs, never the address or IP; the address
 * key includes the store (the same email at two stores is two accounts). Without a trusted
 * client IP (local runs) only the address is counted.
 */
export async function throttleCustomerMail(kind: TCustomerMailKind, storeId: string, email: string, ip: string | null | undefined): Promise<void> {
  if (ip) {
    const byIp = await hit(`cust-${kind}:ip:${blindIndex("throttle-ip", ip)}`, CUSTOMER_MAIL_LIMITS.perIp);
    if (!byIp.allowed) throw customerRateLimited(byIp.retryAfterSeconds);
  }
  const byEmail = await hit(`cust-${kind}:email:${blindIndex("throttle-email", `${storeId}:${email.toLowerCase()}`)}`, CUSTOMER_MAIL_LIMITS.perEmail);
  if (!byEmail.allowed) throw customerRateLimited(byEmail.retryAfterSeconds);
}
