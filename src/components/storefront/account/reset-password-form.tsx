"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "./field";
import { INITIAL_FORM_STATE, type TFormAction } from "./form-state";

/** /account/reset-password?token=...: a new password for the account the mailed link names. */
export function ResetPasswordForm({ action, token }: { action: TFormAction; token: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  if (state.ok) {
    return (
      <div className="mt-6 space-y-4">
        <FormMessage message={state.message} />
        <Link href="/account/login" className="inline-block font-medium underline">
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters. Very common passwords are refused."
        error={state.fieldErrors?.password}
      />
      <FormMessage error={state.formError} />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Set new password
      </SubmitButton>
    </form>
  );
}
