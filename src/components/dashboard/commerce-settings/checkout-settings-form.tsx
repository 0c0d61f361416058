"use client";

import { useActionState, useMemo, useState } from "react";
import { FormMessage, SubmitButton, TextField } from "../fields";
import { IDLE, type TFormAction } from "../form-state";
import { CheckboxField, inputClass, submitWith, TextArea } from "./controls";

export type TCheckoutSettingsValues = {
  shipCountries: string[];
  pricesIncludeTax: boolean;
  reservationMinutes: number;
  maxLineQuantity: number;
  localPickupEnabled: boolean;
  pickupInstructions: string;
  codEnabled: boolean;
  codInstructions: string;
};

/**
 * The store's checkout settings: countries it ships to (a filterable checkbox list), tax-
 * inclusive prices, how long unpaid card orders hold stock, the per-line maximum, local pickup
 * and cash on delivery / bank transfer with their instructions.
 */
export function CheckoutSettingsForm({
  action,
  settings,
  countries,
  reservationLimits,
  maxLineLimit,
  defaultCodInstructions,
}: {
  action: TFormAction;
  settings: TCheckoutSettingsValues;
  countries: { value: string; label: string }[];
  reservationLimits: { min: number; max: number };
  maxLineLimit: number;
  defaultCodInstructions: string;
}) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const [selected, setSelected] = useState(() => new Set(settings.shipCountries));
  const [filter, setFilter] = useState("");
  const [pickup, setPickup] = useState(settings.localPickupEnabled);
  const [cod, setCod] = useState(settings.codEnabled);
  const errors = state.fieldErrors ?? {};
  // The saved countries first, then the rest (kept in place while ticking, so nothing jumps under the pointer);
  // the filter narrows the list but never unticks.
  const ordered = useMemo(() => {
    const saved = new Set(settings.shipCountries);
    return [...countries].sort((a, b) => Number(saved.has(b.value)) - Number(saved.has(a.value)));
  }, [countries, settings.shipCountries]);
  const needle = filter.trim().toLowerCase();
  const toggle = (code: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });

  return (
    <form onSubmit={submitWith(dispatch)} className="mt-6 max-w-2xl space-y-8" noValidate aria-busy={pending}>
      <FormMessage state={state} />

      <fieldset className="space-y-3" aria-describedby={errors.shipCountries ? "shipCountries-error" : "shipCountries-hint"}>
        <legend className="text-base font-semibold">Countries you ship to</legend>
        <p id="shipCountries-hint" className="text-xs text-gray-600">
          Shoppers can only enter a shipping address in these countries. {selected.size === 1 ? "1 country" : `${selected.size} countries`} chosen:{" "}
          {[...selected].sort().join(", ") || "none (only digital goods, services and pickup can be ordered)"}.
        </p>
        {errors.shipCountries ? (
          <p id="shipCountries-error" className="text-sm text-red-700">
            {errors.shipCountries}
          </p>
        ) : null}
        <div>
          <label htmlFor="country-filter" className="block text-sm font-medium text-gray-900">
            Find a country
          </label>
          <input id="country-filter" type="search" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} className={inputClass} autoComplete="off" />
        </div>
        <ul className="grid max-h-64 gap-1 overflow-y-auto rounded-md border border-gray-200 bg-white p-3 sm:grid-cols-2">
          {ordered.map((c) => {
            const hidden = needle !== "" && !c.label.toLowerCase().includes(needle) && c.value.toLowerCase() !== needle;
            return (
              <li key={c.value} hidden={hidden}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="shipCountries" value={c.value} checked={selected.has(c.value)} onChange={(e) => toggle(c.value, e.currentTarget.checked)} className="h-4 w-4" />
                  {c.label} <span className="text-xs text-gray-500">{c.value}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Prices and orders</legend>
        <CheckboxField
          name="pricesIncludeTax"
          label="Prices include tax"
          defaultChecked={settings.pricesIncludeTax}
          error={errors.pricesIncludeTax}
          hint="On: the catalog prices already contain tax and checkout shows the tax part. Off: tax is added at checkout."
        />
        <TextField
          name="reservationMinutes"
          label="Hold stock for unpaid card orders (minutes)"
          inputMode="numeric"
          defaultValue={String(settings.reservationMinutes)}
          state={state}
          hint={`From ${reservationLimits.min} to ${reservationLimits.max}. Cash-on-delivery orders hold their stock until they are paid or cancelled.`}
        />
        <TextField
          name="maxLineQuantity"
          label="Most of one item per order"
          inputMode="numeric"
          defaultValue={String(settings.maxLineQuantity)}
          state={state}
          hint={`From 1 to ${maxLineLimit}.`}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Local pickup</legend>
        <CheckboxField name="localPickupEnabled" label="Let shoppers collect orders" defaultChecked={settings.localPickupEnabled} onChange={setPickup} hint="Offered at checkout as a free shipping option." />
        {pickup ? (
          <TextArea name="pickupInstructions" label="Pickup instructions" defaultValue={settings.pickupInstructions} error={errors.pickupInstructions} maxLength={1000} hint="Where and when to collect; shown at checkout and in the confirmation." />
        ) : (
          <input type="hidden" name="pickupInstructions" value={settings.pickupInstructions} />
        )}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Cash on delivery and bank transfer</legend>
        <CheckboxField name="codEnabled" label="Accept cash on delivery / bank transfer" defaultChecked={settings.codEnabled} onChange={setCod} hint="The order is placed pending payment; you mark it paid from the order page when the money arrives." />
        {cod ? (
          <TextArea
            name="codInstructions"
            label="Payment instructions"
            defaultValue={settings.codInstructions}
            error={errors.codInstructions}
            maxLength={1000}
            rows={4}
            hint={`Shown at checkout and in the confirmation mail, e.g. your bank details. Empty: “${defaultCodInstructions}”`}
          />
        ) : (
          <input type="hidden" name="codInstructions" value={settings.codInstructions} />
        )}
      </fieldset>

      <SubmitButton disabled={pending}>{pending ? "Saving…" : "Save checkout settings"}</SubmitButton>
    </form>
  );
}
