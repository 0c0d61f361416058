import type { CookiesOptions } from "next-auth";
import { env } from "@/env";

/**
 * next-auth cookie names per realm. Cookies are host-only (no Domain attribute), so a
 * session made on one host is never sent to another; distinct names and JWT salts make a
 * platform cookie meaningless to the customer realm and the reverse.
 */
export function realmCookies(realm: "platform" | "customer"): Partial<CookiesOptions> {
  const secure = env().protocol === "https";
  const prefix = `${secure ? "__Secure-" : ""}ecom.${realm}`;
  const base = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  return {
    sessionToken: { name: `${prefix}.session`, options: base },
    callbackUrl: { name: `${prefix}.callback-url`, options: { ...base, httpOnly: false } },
    csrfToken: { name: `${secure ? "__Host-" : ""}ecom.${realm}.csrf`, options: base },
  };
}
