"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "./field";
import { INITIAL_FORM_STATE, type TFormAction } from "./form-state";

/** One email field and a button (forgot password); the answer never says whether the email is registered. */
export function EmailRequestForm({ action, submitLabel, pendingLabel }: { action: TFormAction; submitLabel: string; pendingLabel: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  if (state.ok) return <div className="mt-6"><FormMessage message={state.message} /></div>;
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <FormMessage error={state.formError} />
      <SubmitButton pending={pending} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
