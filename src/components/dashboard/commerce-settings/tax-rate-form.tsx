"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage, SelectField, SubmitButton, TextField } from "../fields";
import { IDLE, type TFormAction } from "../form-state";
import { submitWith } from "./controls";

export type TTaxRateValues = { country: string; region: string; name: string; rate: string };

/**
 * A tax rate for a country, or one region of it (the region as shoppers' addresses spell it).
 * The most specific rate applies: country and region, else the country's.
 */
export function TaxRateForm({
  action,
  countries,
  idPrefix,
  rate,
  submitLabel,
  defaultCountry,
}: {
  action: TFormAction;
  countries: { value: string; label: string }[];
  idPrefix: string;
  rate?: TTaxRateValues;
  submitLabel: string;
  defaultCountry?: string;
}) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const form = useRef<HTMLFormElement>(null);
  // A new rate's form starts empty again once the rate is added.
  useEffect(() => {
    if (state.status === "ok" && !rate) form.current?.reset();
  }, [state, rate]);
  return (
    <form ref={form} onSubmit={submitWith(dispatch)} className="space-y-4" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id={`${idPrefix}-country`} name="country" label="Country" options={countries} defaultValue={rate?.country ?? defaultCountry} state={state} />
        <TextField id={`${idPrefix}-region`} name="region" label="Region (optional)" maxLength={64} defaultValue={rate?.region} state={state} hint="Empty: the whole country." />
        <TextField id={`${idPrefix}-name`} name="name" label="Name" required maxLength={100} defaultValue={rate?.name} state={state} hint="Shown at checkout, e.g. VAT." />
        <TextField id={`${idPrefix}-rate`} name="rate" label="Rate (%)" inputMode="decimal" required defaultValue={rate?.rate} state={state} hint="Up to two decimals, e.g. 18 or 7.25." />
      </div>
      <SubmitButton disabled={pending}>{pending ? "Saving…" : submitLabel}</SubmitButton>
    </form>
  );
}
