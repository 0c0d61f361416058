"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/dashboard/fields";
import { IDLE, type TFormAction } from "@/components/dashboard/form-state";

/** Erasure needs the word ERASE typed out: it cannot be undone. */
export function EraseCustomerForm({ action }: { action: TFormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  if (state.status === "ok") return <FormMessage state={state} />;
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
      <TextField name="confirmation" label="Type ERASE to confirm" state={state} autoComplete="off" required />
      <FormMessage state={state} />
      <SubmitButton variant="danger" pendingLabel="Erasing…">
        Erase this customer
      </SubmitButton>
    </form>
  );
}
