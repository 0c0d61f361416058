"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "./field";
import { INITIAL_FORM_STATE, type TFormAction } from "./form-state";

/** /account/register. The consent box starts unticked: consent is never assumed. */
export function RegisterForm({ action, storeName }: { action: TFormAction; storeName: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  if (state.ok) {
    return (
      <div className="mt-6 space-y-4">
        <FormMessage message={state.message} />
        <p className="text-sm">
          Already verified? <Link href="/account/login" className="underline">Sign in</Link>
        </p>
      </div>
    );
  }
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      <Field label="Name" name="name" autoComplete="name" required maxLength={120} defaultValue={v.name} error={e.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={v.email} error={e.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters. Very common passwords are refused."
        error={e.password}
      />
      <div className="flex items-start gap-2">
        <input id="marketingConsent" name="marketingConsent" type="checkbox" defaultChecked={v.marketingConsent === "on"} className="mt-1 h-4 w-4" />
        <label htmlFor="marketingConsent" className="text-sm text-gray-700">
          Email me news and offers from {storeName}. You can change this at any time in your account.
        </label>
      </div>
      <FormMessage error={state.formError} />
      <SubmitButton pending={pending} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
