"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Ends this browser's session and goes to the sign-in page. */
export function SignOutButton({ label = "Sign out", returnTo = "/login?callbackUrl=%2Fdashboard" }: { label?: string; returnTo?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ redirect: false });
        router.push(returnTo);
        router.refresh();
      }}
      className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-900 hover:bg-gray-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-60"
    >
      {pending ? "Signing out…" : label}
    </button>
  );
}
