"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "./field";
import { INITIAL_FORM_STATE, type TFormAction } from "./form-state";

export type TAddressValues = {
  name: string;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
  isDefault: boolean;
};

type TProps = {
  action: TFormAction;
  countries: { value: string; label: string }[];
  initial?: TAddressValues;
  /** The store's country, preselected for a new address. */
  defaultCountry: string;
  submitLabel: string;
};

/** Add or edit a saved address. */
export function AddressForm({ action, countries, initial, defaultCountry, submitLabel }: TProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const e = state.fieldErrors ?? {};
  const v: Record<string, string | undefined> = state.values ?? {
    name: initial?.name,
    company: initial?.company ?? undefined,
    line1: initial?.line1,
    line2: initial?.line2 ?? undefined,
    city: initial?.city,
    region: initial?.region ?? undefined,
    postalCode: initial?.postalCode,
    country: initial?.country ?? defaultCountry,
    phone: initial?.phone ?? undefined,
    isDefault: initial?.isDefault ? "on" : undefined,
  };
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <Field label="Full name" name="name" autoComplete="name" required maxLength={120} defaultValue={v.name} error={e.name} />
      <Field label="Company" name="company" autoComplete="organization" maxLength={120} defaultValue={v.company} error={e.company} />
      <Field label="Street address" name="line1" autoComplete="address-line1" required maxLength={200} defaultValue={v.line1} error={e.line1} />
      <Field label="Apartment, suite, etc." name="line2" autoComplete="address-line2" maxLength={200} defaultValue={v.line2} error={e.line2} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="City" name="city" autoComplete="address-level2" required maxLength={100} defaultValue={v.city} error={e.city} />
        <Field label="State, province or region" name="region" autoComplete="address-level1" maxLength={100} defaultValue={v.region} error={e.region} />
        <Field label="Postal code" name="postalCode" autoComplete="postal-code" required maxLength={20} defaultValue={v.postalCode} error={e.postalCode} />
        <div>
          <label htmlFor="country" className="block text-sm font-medium text-gray-800">
            Country
          </label>
          <select
            id="country"
            name="country"
            autoComplete="country"
            defaultValue={v.country}
            aria-invalid={e.country ? true : undefined}
            aria-describedby={e.country ? "country-error" : undefined}
            className="mt-1 w-full rounded-md border border-gray-300 px-3 py-2"
          >
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          {e.country ? (
            <p id="country-error" className="mt-1 text-sm text-red-700">
              {e.country}
            </p>
          ) : null}
        </div>
      </div>
      <Field label="Phone for delivery" name="phone" type="tel" autoComplete="tel" maxLength={32} defaultValue={v.phone} error={e.phone} />
      <div className="flex items-center gap-2">
        <input id="isDefault" name="isDefault" type="checkbox" defaultChecked={v.isDefault === "on"} className="h-4 w-4" />
        <label htmlFor="isDefault" className="text-sm text-gray-800">
          Use as my default address
        </label>
      </div>
      <FormMessage error={state.formError} />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
