"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/dashboard/fields";
import { IDLE, type TFormAction } from "@/components/dashboard/form-state";

/**
 * A form that asks only for an address (forgot password, resend verification). The success
 * message is the action's, the same for registered and unknown addresses.
 */
export function EmailRequestForm({ action, submitLabel, pendingLabel }: { action: TFormAction; submitLabel: string; pendingLabel: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-4 space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required state={state} />
      <SubmitButton className="w-full" pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
