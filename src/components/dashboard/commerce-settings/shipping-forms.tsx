"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage, SelectField, SubmitButton, TextField } from "../fields";
import { IDLE, type TFormAction } from "../form-state";
import { inputClass, submitWith } from "./controls";

type TOption = { value: string; label: string };
export type TZoneCountryRow = { country: string; regions: string };
export type TRateValues = { name: string; kind: "FLAT" | "WEIGHT"; price: string; minWeightGrams: string; maxWeightGrams: string; freeOver: string };

let nextKey = 0;
const keyed = (rows: TZoneCountryRow[]) => rows.map((r) => ({ ...r, key: nextKey++ }));

/**
 * A shipping zone: its name and the countries it covers, each whole or only some regions
 * (comma-separated region names or codes, matched to the shopper's address). `idPrefix`
 * keeps ids unique when several zone forms are on the page.
 */
export function ShippingZoneForm({
  action,
  countries,
  idPrefix,
  zone,
  submitLabel,
}: {
  action: TFormAction;
  countries: TOption[];
  idPrefix: string;
  zone?: { name: string; countries: TZoneCountryRow[] };
  submitLabel: string;
}) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const [rows, setRows] = useState(() => keyed(zone?.countries.length ? zone.countries : [{ country: "", regions: "" }]));
  const form = useRef<HTMLFormElement>(null);
  const [seen, setSeen] = useState(state);
  const errors = state.fieldErrors ?? {};
  // A new zone's form starts empty again once the zone is added: one empty row, cleared inputs.
  if (seen !== state) {
    setSeen(state);
    if (state.status === "ok" && !zone) setRows(keyed([{ country: "", regions: "" }]));
  }
  useEffect(() => {
    if (state.status === "ok" && !zone) form.current?.reset();
  }, [state, zone]);
  return (
    <form ref={form} onSubmit={submitWith(dispatch)} className="space-y-4" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <TextField id={`${idPrefix}-name`} name="name" label="Zone name" required maxLength={120} defaultValue={zone?.name} state={state} hint="For you, e.g. “Colombo and suburbs”; shoppers see the rate names." />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-gray-900">Countries and regions</legend>
        {errors.countries && !Object.keys(errors).some((k) => k.startsWith("countries.")) ? <p className="text-sm text-red-700">{errors.countries}</p> : null}
        {rows.map((row, i) => {
          const countryError = errors[`countries.${i}.country`] ?? errors[`countries.${i}`];
          const regionsError = Object.entries(errors).find(([k]) => k.startsWith(`countries.${i}.regions`))?.[1];
          const base = `${idPrefix}-country-${row.key}`;
          return (
            <div key={row.key} className="grid items-start gap-3 rounded-md border border-gray-200 p-3 sm:grid-cols-[1fr_1fr_auto]">
              <div>
                <label htmlFor={`${base}-code`} className="block text-sm font-medium text-gray-900">
                  Country {i + 1}
                </label>
                <select
                  id={`${base}-code`}
                  name="country"
                  defaultValue={row.country}
                  aria-invalid={countryError ? true : undefined}
                  aria-describedby={countryError ? `${base}-code-error` : undefined}
                  className={inputClass}
                >
                  <option value="">Choose a country</option>
                  {countries.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
                {countryError ? (
                  <p id={`${base}-code-error`} className="mt-1 text-sm text-red-700">
                    {countryError}
                  </p>
                ) : null}
              </div>
              <div>
                <label htmlFor={`${base}-regions`} className="block text-sm font-medium text-gray-900">
                  Only these regions (optional)
                </label>
                <input
                  id={`${base}-regions`}
                  name="regions"
                  defaultValue={row.regions}
                  aria-invalid={regionsError ? true : undefined}
                  aria-describedby={`${base}-regions-hint${regionsError ? ` ${base}-regions-error` : ""}`}
                  className={inputClass}
                />
                <p id={`${base}-regions-hint`} className="mt-1 text-xs text-gray-600">
                  Comma-separated, e.g. “Western, Central”. Empty: the whole country.
                </p>
                {regionsError ? (
                  <p id={`${base}-regions-error`} className="mt-1 text-sm text-red-700">
                    {regionsError}
                  </p>
                ) : null}
              </div>
              <button
                type="button"
                onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}
                disabled={rows.length === 1}
                className="mt-6 rounded-md border border-gray-300 bg-white px-3 py-2 text-sm hover:bg-gray-100 disabled:cursor-not-allowed disabled:opacity-50"
              >
                Remove<span className="sr-only"> country {i + 1}</span>
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => setRows((r) => [...r, ...keyed([{ country: "", regions: "" }])])} className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-gray-100">
          Add another country
        </button>
      </fieldset>
      <SubmitButton disabled={pending}>{pending ? "Saving…" : submitLabel}</SubmitButton>
    </form>
  );
}

/**
 * A shipping rate of a zone: flat, or for a weight band (grams, both ends inclusive), free
 * when the order's subtotal reaches an amount. Money in the store's currency as decimals.
 */
export function ShippingRateForm({
  action,
  currency,
  idPrefix,
  rate,
  submitLabel,
}: {
  action: TFormAction;
  currency: string;
  idPrefix: string;
  rate?: TRateValues;
  submitLabel: string;
}) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const [kind, setKind] = useState<"FLAT" | "WEIGHT">(rate?.kind ?? "FLAT");
  const form = useRef<HTMLFormElement>(null);
  const [seen, setSeen] = useState(state);
  // A new rate's form starts empty again once the rate is added.
  if (seen !== state) {
    setSeen(state);
    if (state.status === "ok" && !rate) setKind("FLAT");
  }
  useEffect(() => {
    if (state.status === "ok" && !rate) form.current?.reset();
  }, [state, rate]);
  return (
    <form ref={form} onSubmit={submitWith(dispatch)} className="space-y-4" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <TextField id={`${idPrefix}-name`} name="name" label="Rate name" required maxLength={120} defaultValue={rate?.name} state={state} hint="Shoppers see it at checkout, e.g. “Standard delivery (2-4 days)”." />
      <SelectField
        id={`${idPrefix}-kind`}
        name="kind"
        label="Type"
        options={[
          { value: "FLAT", label: "Flat: one price for any order" },
          { value: "WEIGHT", label: "By weight: for orders in a weight band" },
        ]}
        defaultValue={kind}
        onChange={(e) => setKind(e.currentTarget.value === "WEIGHT" ? "WEIGHT" : "FLAT")}
        state={state}
      />
      <TextField id={`${idPrefix}-price`} name="price" label={`Price (${currency})`} inputMode="decimal" required defaultValue={rate?.price} state={state} />
      {kind === "WEIGHT" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id={`${idPrefix}-min`} name="minWeightGrams" label="From (grams)" inputMode="numeric" defaultValue={rate?.minWeightGrams} state={state} hint="Empty: from 0." />
          <TextField id={`${idPrefix}-max`} name="maxWeightGrams" label="Up to (grams)" inputMode="numeric" defaultValue={rate?.maxWeightGrams} state={state} hint="Empty: no upper limit." />
        </div>
      ) : null}
      <TextField
        id={`${idPrefix}-freeOver`}
        name="freeOver"
        label={`Free when the subtotal reaches (${currency}, optional)`}
        inputMode="decimal"
        defaultValue={rate?.freeOver}
        state={state}
        hint="Empty: never free."
      />
      <SubmitButton disabled={pending}>{pending ? "Saving…" : submitLabel}</SubmitButton>
    </form>
  );
}
