"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useRef } from "react";
import { Field, FormMessage, SubmitButton } from "./field";
import { INITIAL_FORM_STATE, type TFormAction, type TFormState } from "./form-state";

/**
 * Changing the password ends every session of the account (the session version moves on).
 * This device is then signed straight back in with the new password, so only the other
 * devices are signed out.
 */
export function ChangePasswordForm({ action, email }: { action: TFormAction; email: string }) {
  const router = useRouter();
  const newPassword = useRef("");
  const [state, formAction, pending] = useActionState(async (prev: TFormState, form: FormData) => {
    newPassword.current = String(form.get("newPassword") ?? "");
    const result = await action(prev, form);
    if (result.ok) {
      const again = await signIn("credentials", { email, password: newPassword.current, redirect: false }).catch(() => null);
      newPassword.current = "";
      if (!again?.ok) {
        router.push("/account/login?callbackUrl=%2Faccount%2Fsecurity");
        return { ok: true, message: "Your password has been changed. Sign in again with the new password." };
      }
      router.refresh();
    }
    return result;
  }, INITIAL_FORM_STATE);
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <Field idPrefix="pw-" label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={e.currentPassword} />
      <Field
        idPrefix="pw-"
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters. Very common passwords are refused."
        error={e.newPassword}
      />
      <FormMessage error={state.formError} message={state.ok ? state.message : undefined} />
      <SubmitButton pending={pending} pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}
