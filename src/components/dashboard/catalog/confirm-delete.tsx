"use client";

import { useActionState, useState } from "react";
import { FormMessage, SubmitButton } from "../fields";
import { IDLE, type TFormAction } from "../form-state";

/** A delete button that asks for confirmation in the page before running its action. */
export function ConfirmDelete({ action, label, question }: { action: TFormAction; label: string; question: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <div className="space-y-2">
        <FormMessage state={state} />
        <button type="button" onClick={() => setAsking(true)} className="rounded-md border border-red-300 bg-white px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50">
          {label}
        </button>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4" role="group" aria-label={label}>
      <FormMessage state={state} />
      <p className="text-sm text-red-900">{question}</p>
      <div className="flex gap-2">
        <SubmitButton variant="danger" pendingLabel="Deleting…">Yes, delete</SubmitButton>
        <button type="button" onClick={() => setAsking(false)} className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium hover:bg-gray-100">
          Cancel
        </button>
      </div>
    </form>
  );
}
