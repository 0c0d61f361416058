"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "./field";
import { INITIAL_FORM_STATE, type TFormAction } from "./form-state";

/**
 * /account/verify-email?token=...: verification is a button press, not the page load, so a
 * mail scanner that opens the link does not use up the single-use token.
 */
export function VerifyEmailForm({ action, token }: { action: TFormAction; token: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  if (state.ok) {
    return (
      <div className="mt-6 space-y-4">
        <FormMessage message={state.message} />
        <Link href="/account" className="inline-block font-medium underline">
          Go to your account
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="mt-6 space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage error={state.formError} />
      <SubmitButton pending={pending} pendingLabel="Verifying…">
        Verify my email
      </SubmitButton>
    </form>
  );
}
