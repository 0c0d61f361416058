"use client";

import { signIn, signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "./fields";
import { IDLE, type TFormAction, type TFormState } from "./form-state";

/**
 * Change password. The server ends every session (sessionVersion bumped); this browser then
 * signs in again with the new password so the user stays signed in here only.
 */
export function ChangePasswordForm({ action, email }: { action: TFormAction; email: string }) {
  const router = useRouter();
  const [state, formAction] = useActionState(async (prev: TFormState, formData: FormData): Promise<TFormState> => {
    const result = await action(prev, formData);
    if (result.status !== "ok") return result;
    const again = await signIn("credentials", { email, password: String(formData.get("newPassword") ?? ""), redirect: false });
    if (!again || again.error) {
      router.push("/login?callbackUrl=%2Fdashboard%2Faccount");
      router.refresh();
      return { status: "ok", message: "Password changed. Sign in again with your new password." };
    }
    return { status: "ok", message: "Password changed. Your other devices have been signed out." };
  }, IDLE);
  return (
    <form action={formAction} className="mt-4 max-w-md space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required state={state} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        state={state}
        hint="At least 8 characters. Very common passwords are refused."
      />
      <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
    </form>
  );
}

/** Ends every session of the account, this one included, then goes to sign-in. */
export function SignOutEverywhereForm({ action }: { action: TFormAction }) {
  const router = useRouter();
  const [state, formAction] = useActionState(async (prev: TFormState, formData: FormData): Promise<TFormState> => {
    const result = await action(prev, formData);
    if (result.status === "ok") {
      await signOut({ redirect: false });
      router.push("/login?callbackUrl=%2Fdashboard");
      router.refresh();
    }
    return result;
  }, IDLE);
  return (
    <form action={formAction} className="mt-4 space-y-3">
      <FormMessage state={state} />
      <SubmitButton variant="danger" pendingLabel="Signing out everywhere…">
        Sign out of all devices
      </SubmitButton>
    </form>
  );
}
