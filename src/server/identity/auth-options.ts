import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env, exportAuthLibraryEnv } from "@/env";
import { clientIp, userAgent } from "@/server/http/client-ip";
import { realmCookies } from "./session-cookies";
import { signInPlatformUser } from "./sign-in-platform-user";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

let options: NextAuthOptions | undefined;

/**
 * next-auth (4.x) for the platform realm: credentials sign-in, JWT sessions (no session
 * table, so app instances stay stateless). The session carries the user's sessionVersion;
 * getPlatformSession() rejects it once the version moves on (sign out everywhere).
 */
export function platformAuthOptions(): NextAuthOptions {
  if (options) return options;
  exportAuthLibraryEnv();
  options = {
    secret: env().authSecret,
    session: { strategy: "jwt", maxAge: THIRTY_DAYS },
    cookies: realmCookies("platform"),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const headers = new Headers((req?.headers ?? {}) as Record<string, string>);
          const user = await signInPlatformUser(credentials, { ip: clientIp(headers), userAgent: userAgent(headers) });
          return user ? { id: user.id, name: user.name, sessionVersion: user.sessionVersion } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sv: token.sv };
      },
    },
  };
  return options;
}
