"use client";

import { useActionState, useState } from "react";
import { FormMessage, SubmitButton, TextField } from "./fields";
import { IDLE, type TFormAction } from "./form-state";

/** Creates a key; the new key is shown here once (only its hash is stored). */
export function CreateApiKeyForm({ action, scopes }: { action: TFormAction; scopes: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  const [copied, setCopied] = useState(false);
  const key = state.status === "ok" ? state.data?.key : undefined;
  const scopeError = state.fieldErrors?.scopes;
  return (
    <div className="mt-4 max-w-2xl space-y-4">
      {key ? (
        <section aria-labelledby="new-key-heading" className="rounded-lg border border-green-300 bg-green-50 p-4">
          <h3 id="new-key-heading" className="font-semibold text-green-900">
            Copy your new API key now
          </h3>
          <p className="mt-1 text-sm text-green-900">It is shown only once. Store it somewhere safe; if you lose it, revoke it and create another.</p>
          <label htmlFor="new-api-key" className="mt-3 block text-sm font-medium">
            New API key
          </label>
          <div className="mt-1 flex gap-2">
            <input id="new-api-key" readOnly value={key} className="w-full rounded-md border border-gray-300 bg-white px-3 py-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              onClick={async () => {
                await navigator.clipboard.writeText(key);
                setCopied(true);
              }}
              className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium hover:bg-gray-100"
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
          <p className="mt-2 text-xs text-green-900">Send it as <code>Authorization: Bearer &lt;key&gt;</code> to the admin API.</p>
        </section>
      ) : null}
      <form action={formAction} className="space-y-4" noValidate>
        {state.status === "error" ? <FormMessage state={state} /> : null}
        <TextField name="name" label="Key name" required maxLength={100} state={state} hint="Say what uses it, e.g. “Warehouse sync”." />
        <fieldset aria-describedby={scopeError ? "scopes-error" : undefined}>
          <legend className="text-sm font-medium">Scopes</legend>
          <p className="text-xs text-gray-600">The key can do only what its scopes allow.</p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {scopes.map((s) => (
              <div key={s.value} className="flex items-start gap-2">
                <input id={`scope-${s.value}`} type="checkbox" name="scopes" value={s.value} className="mt-0.5 h-4 w-4 rounded border-gray-300" />
                <label htmlFor={`scope-${s.value}`} className="text-sm">
                  <code>{s.value}</code> <span className="text-gray-600">{s.label}</span>
                </label>
              </div>
            ))}
          </div>
          {scopeError ? (
            <p id="scopes-error" className="mt-1 text-sm text-red-700">
              {scopeError}
            </p>
          ) : null}
        </fieldset>
        <SubmitButton pendingLabel="Creating…">Create API key</SubmitButton>
      </form>
    </div>
  );
}
