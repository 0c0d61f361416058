import "server-only";
import type { NextAuthOptions } from "next-auth";
import { cookies } from "next/headers";
import { env } from "@/env";
import { mergeGuestCart, STALE_CART_DAYS, ZCartId } from "@/server/cart";
import { log } from "@/server/log";

/**
 * The browser's guest cart: its id (the cart's bearer) lives in the httpOnly cookie
 * `ecom_cart` on the store host (host-only, SameSite=Lax, Secure over https), never readable by
 * scripts. A signed-in customer's cart is found from the session instead, so the cookie only
 * ever names a guest cart; signing in merges it into the customer's cart and clears it. API
 * clients (native apps) ignore the cookie and name the cart in the URL.
 *
 * Route handlers use the Request/Set-Cookie helpers (cartIdFromCookieHeader, cartCookieHeader);
 * pages read with readCartCookie(); server actions and route handlers running in Next's
 * request scope may also writeCartCookie()/clearCartCookie().
 */
export const CART_COOKIE = "ecom_cart";

/** As long as a cart lives untouched (purgeStaleCarts deletes it after STALE_CART_DAYS). */
export const CART_COOKIE_MAX_AGE_SECONDS = STALE_CART_DAYS * 24 * 60 * 60;

function cartCookieOptions(maxAge: number) {
  return { httpOnly: true, sameSite: "lax" as const, secure: env().protocol === "https", path: "/", maxAge };
}

/** A cookie value that can be a cart id, else null (anything else is ignored, never looked up). */
function asCartId(value: string | undefined | null): string | null {
  if (!value) return null;
  const parsed = ZCartId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The guest cart id in a request's Cookie header, or null. */
export function cartIdFromCookieHeader(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === CART_COOKIE) return asCartId(part.slice(eq + 1).trim());
  }
  return null;
}

/** A Set-Cookie value that stores `cartId` as the guest cart, or (null) deletes the cookie. */
export function cartCookieHeader(cartId: string | null): string {
  const o = cartCookieOptions(cartId ? CART_COOKIE_MAX_AGE_SECONDS : 0);
  return [`${CART_COOKIE}=${cartId ?? ""}`, `Path=${o.path}`, `Max-Age=${o.maxAge}`, "HttpOnly", "SameSite=Lax", ...(o.secure ? ["Secure"] : [])].join("; ");
}

/** Pages, server actions and route handlers in Next's request scope: the guest cart id, or null. */
export async function readCartCookie(): Promise<string | null> {
  return asCartId((await cookies()).get(CART_COOKIE)?.value);
}

/** Server actions and route handlers: remember `cartId` as this browser's guest cart. */
export async function writeCartCookie(cartId: string): Promise<void> {
  (await cookies()).set(CART_COOKIE, cartId, cartCookieOptions(CART_COOKIE_MAX_AGE_SECONDS));
}

/** Server actions and route handlers: forget the guest cart (after a merge, or when it is gone). */
export async function clearCartCookie(): Promise<void> {
  (await cookies()).set(CART_COOKIE, "", cartCookieOptions(0));
}

/**
 * next-auth options for one customer sign-in request (POST /api/auth/callback/credentials on
 * a store host) that merge the browser's guest cart into the customer's cart once the
 * credentials were accepted. next-auth runs `events.signIn` after a successful sign-in only,
 * awaits it, and logs (never rethrows) its errors, so a failed merge cannot fail the sign-in:
 * the guest cart then stays in the cookie and resolveShopperCart (src/server/cart) merges it on the next visit.
 * `merged()` tells the caller to clear the cookie on the response.
 */
export function withGuestCartMerge(options: NextAuthOptions, storeId: string, guestCartId: string | null): { options: NextAuthOptions; merged: () => boolean } {
  if (!guestCartId) return { options, merged: () => false };
  let merged = false;
  const events = options.events ?? {};
  return {
    options: {
      ...options,
      events: {
        ...events,
        async signIn(message) {
          await events.signIn?.(message);
          try {
            await mergeGuestCart(storeId, guestCartId, message.user.id);
            merged = true;
          } catch (error) {
            log.warn({ err: error, storeId }, "could not merge the guest cart at sign-in; it stays in the cookie for the next visit");
          }
        },
      },
    },
    merged: () => merged,
  };
}
