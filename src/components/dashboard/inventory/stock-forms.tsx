"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton, TextField } from "../fields";
import { IDLE, type TFormAction, type TFormState } from "../form-state";

type TLocationOption = { value: string; label: string };

function Radio({ name, value, label, state, defaultChecked }: { name: string; value: string; label: string; state: TFormState; defaultChecked: boolean }) {
  const checked = state.values?.[name] !== undefined ? state.values[name] === value : defaultChecked;
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="radio" name={name} value={value} defaultChecked={checked} className="h-4 w-4" />
      {label}
    </label>
  );
}

/**
 * Adjusts a variant's on-hand stock at one location: a change (+5, −2) or a new counted
 * quantity, with a reason kept in the ledger. The domain refuses going below what open orders
 * hold reserved; its message shows beside the amount.
 */
export function AdjustStockForm({ action, locations, defaultLocationId }: { action: TFormAction; locations: TLocationOption[]; defaultLocationId: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-labelledby="adjust-heading">
      <h3 id="adjust-heading" className="font-semibold">
        Adjust stock
      </h3>
      <FormMessage state={state} />
      <fieldset>
        <legend className="text-sm font-medium text-gray-900">How</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          <Radio name="mode" value="delta" label="Change on hand by" state={state} defaultChecked />
          <Radio name="mode" value="set" label="Set on hand to a count" state={state} defaultChecked={false} />
        </div>
      </fieldset>
      {locations.length > 1 ? (
        <SelectField id="adjust-locationId" name="locationId" label="Location" options={locations} defaultValue={defaultLocationId} state={state} />
      ) : (
        <input type="hidden" name="locationId" value={defaultLocationId} />
      )}
      <TextField
        id="adjust-amount"
        name="amount"
        label="Amount"
        inputMode="numeric"
        autoComplete="off"
        required
        state={state}
        hint="A change adds (5) or removes (-2); a count is the new on-hand number."
      />
      <TextField id="adjust-reason" name="reason" label="Reason" required maxLength={200} state={state} hint="Kept in the history, e.g. “Stock count”, “Damaged in transit”." />
      <SubmitButton pendingLabel="Saving…">Save adjustment</SubmitButton>
    </form>
  );
}

/** Moves available stock (never reserved stock) of a variant from one location to another. */
export function TransferStockForm({ action, locations }: { action: TFormAction; locations: TLocationOption[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-labelledby="transfer-heading">
      <h3 id="transfer-heading" className="font-semibold">
        Transfer between locations
      </h3>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="transfer-from" name="fromLocationId" label="From" options={locations} defaultValue={locations[0]?.value} state={state} />
        <SelectField id="transfer-to" name="toLocationId" label="To" options={locations} defaultValue={locations[1]?.value} state={state} />
      </div>
      <TextField id="transfer-quantity" name="quantity" label="Quantity" inputMode="numeric" autoComplete="off" required state={state} />
      <TextField id="transfer-note" name="note" label="Note (optional)" maxLength={200} state={state} />
      <SubmitButton pendingLabel="Moving…">Transfer stock</SubmitButton>
    </form>
  );
}

/** The variant's low-stock threshold: at or under it, the variant is on the low-stock list and an event is written. */
export function ThresholdForm({ action, threshold }: { action: TFormAction; threshold: number | null }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-labelledby="threshold-heading">
      <h3 id="threshold-heading" className="font-semibold">
        Low-stock threshold
      </h3>
      <FormMessage state={state} />
      <TextField
        id="threshold"
        name="threshold"
        label="Warn at or below"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={threshold === null ? "" : String(threshold)}
        state={state}
        hint="Available units in all locations together. Leave empty for no warning."
      />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save threshold
      </SubmitButton>
    </form>
  );
}

/** Adds a stock location. */
export function StockLocationForm({ action }: { action: TFormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate aria-labelledby="add-location-heading">
      <h2 id="add-location-heading" className="text-lg font-semibold">
        Add a location
      </h2>
      <FormMessage state={state} />
      <TextField id="location-name" name="name" label="Name" required maxLength={120} state={state} hint="A warehouse, shop or studio where you keep stock." />
      <SubmitButton pendingLabel="Adding…">Add location</SubmitButton>
    </form>
  );
}

/** Renames one location, in its row of the locations table. */
export function RenameLocationForm({ action, name, locationId }: { action: TFormAction; name: string; locationId: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate aria-label={`Rename ${name}`}>
      <TextField id={`location-name-${locationId}`} name="name" label="Name" required maxLength={120} state={state} defaultValue={name} />
      <SubmitButton pendingLabel="Saving…">Rename</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/**
 * Makes one location the store's default, in its row of the locations table. Rendered for the
 * default row too (without the button), so the confirmation stays on screen after the change.
 */
export function MakeDefaultLocationForm({ action, name, isDefault }: { action: TFormAction; name: string; isDefault: boolean }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-label={`Make ${name} the default location`}>
      <FormMessage state={state} />
      {isDefault ? null : <SubmitButton pendingLabel="Saving…">Make default</SubmitButton>}
    </form>
  );
}
