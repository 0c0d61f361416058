"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "./fields";
import { IDLE, type TFormAction } from "./form-state";

/** One button that runs a server action (with optional hidden fields) and shows its outcome. */
export function ActionButton({
  action,
  label,
  pendingLabel,
  fields,
  variant = "primary",
  size = "md",
  srDetail,
}: {
  action: TFormAction;
  label: string;
  /** Completes the button's accessible name, e.g. "Remove" + " Ann Lee" (screen readers only). */
  srDetail?: string;
  pendingLabel?: string;
  fields?: Record<string, string>;
  variant?: "primary" | "secondary" | "danger";
  size?: "sm" | "md";
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} />
      <SubmitButton variant={variant} size={size} pendingLabel={pendingLabel}>
        {label}
        {srDetail ? <span className="sr-only"> {srDetail}</span> : null}
      </SubmitButton>
    </form>
  );
}
