import "server-only";
import { randomUUID } from "node:crypto";
import NextAuth from "next-auth";
import { customerAuthOptions, platformAuthOptions, signInKeys, signInRetryAfter } from "@/server/identity";
import { log } from "@/server/log";
import { storeIdFromHeaders } from "@/server/tenancy";
import { cartCookieHeader, cartIdFromCookieHeader, withGuestCartMerge } from "./cart-cookie";
import { clientIp } from "./client-ip";

type TContext = { params: Promise<{ nextauth: string[] }> };

/**
 * /api/auth/* on every host: the platform realm on the platform host, the customer realm of
 * the store on a store host (the proxy says which). A locked-out account or IP is answered
 * 429 with Retry-After before next-auth runs, so the right password is refused during the
 * lock too. The JSON keeps next-auth's `url` field, which its client reads for the error.
 * A customer's successful sign-in merges the browser's guest cart (ecom_cart cookie) into the
 * customer's cart and clears the cookie (withGuestCartMerge).
 */
export async function handleAuthRoute(req: Request, context: TContext): Promise<Response> {
  const storeId = storeIdFromHeaders(req.headers);
  const realm = storeId ? `customer:${storeId}` : "platform";
  const options = storeId ? customerAuthOptions(storeId) : platformAuthOptions();
  const url = new URL(req.url);
  const credentialsSignIn = req.method === "POST" && url.pathname.endsWith("/callback/credentials");
  if (credentialsSignIn) {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "").trim();
    if (email) {
      const retryAfter = await signInRetryAfter(signInKeys(realm, email, clientIp(req.headers)));
      if (retryAfter > 0) {
        const requestId = req.headers.get("x-request-id") ?? randomUUID();
        const signInPage = storeId ? "/account/login" : "/login";
        return Response.json(
          {
            // next-auth's client parses this as an absolute URL to read `error`.
            url: new URL(`${signInPage}?error=RateLimited&retryAfter=${retryAfter}`, req.url).toString(),
            error: { code: "RATE_LIMITED", message: "Too many failed sign-ins. Try again later.", details: { retryAfterSeconds: retryAfter }, requestId },
          },
          { status: 429, headers: { "retry-after": String(retryAfter), "x-request-id": requestId, "cache-control": "no-store" } },
        );
      }
    }
  }
  const cartMerge = storeId && credentialsSignIn ? withGuestCartMerge(options, storeId, cartIdFromCookieHeader(req.headers.get("cookie"))) : null;
  const response: Response = await NextAuth(req as never, context as never, cartMerge?.options ?? options);
  if (cartMerge?.merged()) {
    try {
      response.headers.append("set-cookie", cartCookieHeader(null));
    } catch (error) {
      log.warn({ err: error }, "could not clear the merged guest cart's cookie");
    }
  }
  return response;
}
