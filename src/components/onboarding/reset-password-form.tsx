"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { useActionState, useEffect } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/dashboard/fields";
import { IDLE, type TFormAction } from "@/components/dashboard/form-state";

/** Sets a new password through a reset link; afterwards every session has ended, this browser's too. */
export function ResetPasswordForm({ action, token }: { action: TFormAction; token: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const done = state.status === "ok";
  useEffect(() => {
    // The server already ended every session; this clears this browser's stale cookie.
    if (done) void signOut({ redirect: false });
  }, [done]);
  if (done) {
    return (
      <section aria-labelledby="reset-done" className="mt-6 rounded-lg border border-gray-200 bg-white p-6">
        <h2 id="reset-done" className="text-lg font-semibold">
          Password changed
        </h2>
        <p className="mt-2 text-sm text-gray-700">{state.message}</p>
        <p className="mt-4 text-sm">
          <Link href="/login?callbackUrl=%2Fdashboard" className="font-medium text-blue-700 underline">
            Sign in
          </Link>
        </p>
      </section>
    );
  }
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        state={state}
        hint="At least 8 characters. Very common passwords are refused."
      />
      <SubmitButton className="w-full" pendingLabel="Saving…">
        Set new password
      </SubmitButton>
    </form>
  );
}
