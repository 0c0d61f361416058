"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "./field";
import { INITIAL_FORM_STATE, type TFormAction, type TFormState } from "./form-state";

/** "Sign out of all devices": ends every session, then clears this device's cookie. */
export function SignOutEverywhereForm({ action }: { action: TFormAction }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (prev: TFormState, form: FormData) => {
    const result = await action(prev, form);
    if (result.ok) {
      await signOut({ redirect: false }).catch(() => undefined);
      router.push("/account/login");
      router.refresh();
    }
    return result;
  }, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage error={state.formError} message={state.ok ? state.message : undefined} />
      <SubmitButton pending={pending} pendingLabel="Signing out…" tone="plain">
        Sign out of all devices
      </SubmitButton>
    </form>
  );
}

/**
 * "Delete my account": the customer types DELETE or their password. Erasure is irreversible;
 * afterwards this device's cookie is cleared and the customer lands on a confirmation page.
 */
export function DeleteAccountForm({ action }: { action: TFormAction }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (prev: TFormState, form: FormData) => {
    const result = await action(prev, form);
    if (result.ok) {
      await signOut({ redirect: false }).catch(() => undefined);
      router.push("/account/deleted");
      router.refresh();
    }
    return result;
  }, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <Field
        idPrefix="delete-"
        label="Type DELETE or your password to confirm"
        name="confirmation"
        type="password"
        autoComplete="off"
        required
        error={state.fieldErrors?.confirmation}
      />
      <FormMessage error={state.formError} message={state.ok ? state.message : undefined} />
      <SubmitButton pending={pending} pendingLabel="Deleting…" tone="danger">
        Delete my account
      </SubmitButton>
    </form>
  );
}
