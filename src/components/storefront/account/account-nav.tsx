"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { SESSION_CHANGED_EVENT, SignOutButton } from "./sign-out-button";

type TState = "unknown" | "signed-in" | "signed-out";

/**
 * The storefront header's account links: "Sign in" / "Create account" for visitors, "My
 * account" and "Sign out" for a signed-in customer of this store. The header is part of cached
 * pages that every shopper shares, so the session is asked for in the browser
 * (GET /api/v1/storefront/session, never cached), again after each navigation so signing in
 * or out shows at once.
 */
export function AccountNav() {
  const pathname = usePathname();
  const [state, setState] = useState<TState>("unknown");
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const onChange = () => setChanges((n) => n + 1);
    window.addEventListener(SESSION_CHANGED_EVENT, onChange);
    return () => window.removeEventListener(SESSION_CHANGED_EVENT, onChange);
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/v1/storefront/session", { cache: "no-store", credentials: "same-origin", signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<{ signedIn?: boolean }>) : { signedIn: false }))
      .then((session) => setState(session.signedIn ? "signed-in" : "signed-out"))
      .catch(() => undefined);
    return () => controller.abort();
  }, [pathname, changes]);
  return (
    <nav aria-label="Account" aria-busy={state === "unknown"} className="flex items-center gap-4 text-sm font-medium">
      {state === "signed-in" ? (
        <>
          <Link href="/account" className="underline-offset-4 hover:underline">
            My account
          </Link>
          <SignOutButton className="underline-offset-4 hover:underline disabled:opacity-60" />
        </>
      ) : (
        <>
          <Link href="/account/login" className="underline-offset-4 hover:underline">
            Sign in
          </Link>
          <Link href="/account/register" className="underline-offset-4 hover:underline">
            Create account
          </Link>
        </>
      )}
    </nav>
  );
}
