import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env, exportAuthLibraryEnv } from "@/env";
import { clientIp, userAgent } from "@/server/http/client-ip";
import { realmCookies } from "./session-cookies";
import { signInCustomer } from "./sign-in-customer";

const THIRTY_DAYS = 30 * 24 * 60 * 60;
const byStore = new Map<string, NextAuthOptions>();

/**
 * next-auth for one store's customers, served at /api/auth on the store's own host. The JWT
 * names the store; getCustomerActor() refuses a token minted for another store even if it
 * were presented on this host.
 */
export function customerAuthOptions(storeId: string): NextAuthOptions {
  const cached = byStore.get(storeId);
  if (cached) return cached;
  exportAuthLibraryEnv();
  const options: NextAuthOptions = {
    secret: env().authSecret,
    session: { strategy: "jwt", maxAge: THIRTY_DAYS },
    cookies: realmCookies("customer"),
    pages: { signIn: "/account/login", error: "/account/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const headers = new Headers((req?.headers ?? {}) as Record<string, string>);
          const customer = await signInCustomer(storeId, credentials, { ip: clientIp(headers), userAgent: userAgent(headers) });
          return customer ? { id: customer.id, storeId, sessionVersion: customer.sessionVersion } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = storeId;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, customerId: token.sub, storeId: token.sid, sv: token.sv };
      },
    },
  };
  if (byStore.size > 10_000) byStore.clear();
  byStore.set(storeId, options);
  return options;
}
