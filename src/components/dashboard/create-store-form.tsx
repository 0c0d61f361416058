"use client";

import { useActionState, useRef } from "react";
import { FormMessage, SelectField, SubmitButton, TextField } from "./fields";
import { IDLE, type TFormAction } from "./form-state";

type TOption = { value: string; label: string };

/** A suggested subdomain for a store name: "Lanka Gems" -> "lanka-gems". */
function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
}

export function CreateStoreForm({
  action,
  rootDomain,
  countries,
  currencies,
  timeZones,
}: {
  action: TFormAction;
  rootDomain: string;
  countries: TOption[];
  currencies: TOption[];
  timeZones: TOption[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const slugInput = useRef<HTMLInputElement>(null);
  const slugEdited = useRef(false);
  return (
    <form action={formAction} className="mt-6 max-w-xl space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField
        name="name"
        label="Store name"
        required
        maxLength={120}
        state={state}
        onChange={(e) => {
          if (!slugEdited.current && slugInput.current) slugInput.current.value = suggestSlug(e.currentTarget.value);
        }}
      />
      <div>
        <label htmlFor="field-slug" className="block text-sm font-medium text-gray-900">
          Store address
        </label>
        <div className="mt-1 flex items-stretch">
          <input
            id="field-slug"
            name="slug"
            required
            minLength={3}
            maxLength={40}
            ref={slugInput}
            defaultValue={state.values?.slug ?? ""}
            onInput={() => {
              slugEdited.current = true;
            }}
            aria-invalid={state.fieldErrors?.slug ? true : undefined}
            aria-describedby={`field-slug-hint${state.fieldErrors?.slug ? " field-slug-error" : ""}`}
            className="block w-full rounded-l-md border border-gray-300 px-3 py-2 text-sm focus:border-gray-900 focus:outline-none focus:ring-2 focus:ring-gray-900/20 aria-[invalid=true]:border-red-600"
          />
          <span className="inline-flex items-center rounded-r-md border border-l-0 border-gray-300 bg-gray-50 px-3 text-sm text-gray-600">.{rootDomain}</span>
        </div>
        <p id="field-slug-hint" className="mt-1 text-xs text-gray-600">
          3-40 lower-case letters, digits and hyphens. It becomes your store&rsquo;s web address and cannot be changed later.
        </p>
        {state.fieldErrors?.slug ? (
          <p id="field-slug-error" className="mt-1 text-sm text-red-700">
            {state.fieldErrors.slug}
          </p>
        ) : null}
      </div>
      <SelectField name="country" label="Country" options={countries} placeholder="Choose a country" required state={state} />
      <SelectField name="currency" label="Currency" options={currencies} placeholder="Choose a currency" required state={state} hint="Prices and orders use this currency." />
      <SelectField name="timeZone" label="Time zone" options={timeZones} defaultValue="UTC" required state={state} />
      <SubmitButton pendingLabel="Creating store…">Create store</SubmitButton>
    </form>
  );
}
