"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "./field";
import { INITIAL_FORM_STATE, type TFormAction } from "./form-state";

/** Shown while the email is unverified: sends a fresh one-hour link. */
export function ResendVerificationForm({ action }: { action: TFormAction }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="mt-2 space-y-2">
      <FormMessage error={state.formError} message={state.ok ? state.message : undefined} />
      <SubmitButton pending={pending} pendingLabel="Sending…" tone="plain">
        Send a new verification link
      </SubmitButton>
    </form>
  );
}
