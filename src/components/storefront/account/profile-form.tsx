"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "./field";
import { INITIAL_FORM_STATE, type TFormAction } from "./form-state";

type TProps = { action: TFormAction; email: string; name: string | null; phone: string | null };

/** Name and phone; the email is shown but changed elsewhere (it is the sign-in name). */
export function ProfileForm({ action, email, name, phone }: TProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const v = state.values ?? { name: name ?? "", phone: phone ?? "" };
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <div>
        <p className="block text-sm font-medium text-gray-800">Email</p>
        <p className="mt-1 text-gray-900" data-testid="account-email">
          {email}
        </p>
      </div>
      <Field label="Name" name="name" autoComplete="name" required maxLength={120} defaultValue={v.name} error={state.fieldErrors?.name} />
      <Field label="Phone" name="phone" type="tel" autoComplete="tel" maxLength={32} defaultValue={v.phone} error={state.fieldErrors?.phone} hint="For delivery questions, e.g. +94 77 123 4567." />
      <FormMessage error={state.formError} message={state.ok ? state.message : undefined} />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save profile
      </SubmitButton>
    </form>
  );
}
