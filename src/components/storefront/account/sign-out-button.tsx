"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Dispatched on window when the customer signs in or out, for header parts that show the session. */
export const SESSION_CHANGED_EVENT = "ecom:session-changed";

/** Signs the customer out of this store on this device (clears the store host's session cookie). */
export function SignOutButton({ className }: { className?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      className={className ?? "underline disabled:opacity-60"}
      onClick={async () => {
        setPending(true);
        await signOut({ redirect: false }).catch(() => undefined);
        window.dispatchEvent(new Event(SESSION_CHANGED_EVENT));
        router.push("/");
        router.refresh();
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
