import { env } from "@/env";

/**
 * The client's IP address for throttling and the audit log. Only trusted when the app runs
 * behind a proxy that sets X-Forwarded-For (TRUST_PROXY=1, or on Vercel); otherwise the
 * header is the client's own claim and is ignored.
 */
export function clientIp(headers: Headers): string | null {
  if (!env().TRUST_PROXY) return null;
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim();
  return forwarded && /^[0-9a-fA-F:.]{3,45}$/.test(forwarded) ? forwarded : null;
}

export function userAgent(headers: Headers): string | null {
  return headers.get("user-agent")?.slice(0, 512) ?? null;
}
