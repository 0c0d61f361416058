"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "./field";
import { INITIAL_FORM_STATE, type TFormAction } from "./form-state";

type TProps = { action: TFormAction; storeName: string; consent: boolean; changedAt: string | null };

/** Marketing consent and when it was last given or withdrawn (formatted by the page). */
export function ConsentForm({ action, storeName, consent, changedAt }: TProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-3">
      <div className="flex items-start gap-2">
        <input id="marketingConsent" name="marketingConsent" type="checkbox" defaultChecked={consent} key={String(consent)} className="mt-1 h-4 w-4" />
        <label htmlFor="marketingConsent" className="text-sm text-gray-800">
          Email me news and offers from {storeName}.
        </label>
      </div>
      <p className="text-sm text-gray-600" data-testid="consent-status">
        {changedAt ? `${consent ? "Consent given" : "Consent withdrawn"} on ${changedAt}.` : "You have not agreed to marketing email."}
      </p>
      <FormMessage error={state.formError} message={state.ok ? state.message : undefined} />
      <SubmitButton pending={pending} pendingLabel="Saving…" tone="plain">
        Save choice
      </SubmitButton>
    </form>
  );
}
