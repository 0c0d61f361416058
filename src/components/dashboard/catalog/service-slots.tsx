"use client";

import { startTransition, useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "../fields";
import { IDLE, type TFormAction } from "../form-state";

/** A slot as the section lists it: times already formatted in the store's time zone. */
export type TSlotRow = { id: string; start: string; end: string; capacity: number; booked: number };

type TProps = {
  /** The store's IANA time zone: entered times mean this zone's wall clock. */
  timeZone: string;
  slots: TSlotRow[];
  /** True when the list was cut at the display limit. */
  more: boolean;
  /** Weekday labels, Sunday first (the series' weekday numbers are their positions). */
  weekdays: readonly string[];
  defaults: { date: string; time: string; durationMinutes: string };
  createAction: TFormAction;
  /** Saves one slot's capacity: the form sends slotId and capacity. */
  updateAction: TFormAction;
  /** Removes one slot: the form sends slotId. */
  deleteAction: TFormAction;
};

const small = "rounded border border-gray-300 bg-white px-2 py-1 text-xs font-medium hover:bg-gray-100 disabled:cursor-not-allowed disabled:opacity-50";

/** Submits by hand (not as a form action), so the form keeps what was typed after the action runs. */
function submitWith(dispatch: (data: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
}

/**
 * A service's bookable time slots: the upcoming ones with their capacity and places booked
 * (capacity editable, never below the bookings; a slot without bookings removable), and a form
 * adding one slot or a repeating series. Times are the store's wall clock, shown and entered
 * in its time zone.
 */
export function ServiceSlots({ timeZone, slots, more, weekdays, defaults, createAction, updateAction, deleteAction }: TProps) {
  const [created, create, creating] = useActionState(createAction, IDLE);
  const [removed, remove] = useActionState(deleteAction, IDLE);
  return (
    <section aria-labelledby="time-slots" className="mt-10 space-y-4">
      <h2 id="time-slots" className="text-lg font-semibold">Time slots</h2>
      <p className="text-sm text-gray-600">
        Times are in the store&rsquo;s time zone, <strong>{timeZone}</strong> (change it in the store settings). Each slot&rsquo;s capacity is how many places it sells.
      </p>
      <FormMessage state={removed} />
      {slots.length === 0 ? (
        <p className="text-sm">No upcoming time slots: shoppers cannot book this service until you add some.</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-gray-200">
          <table className="min-w-full divide-y divide-gray-200 text-sm">
            <caption className="sr-only">Upcoming time slots ({timeZone})</caption>
            <thead className="bg-gray-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">Starts</th>
                <th scope="col" className="px-3 py-2 font-semibold">Ends</th>
                <th scope="col" className="px-3 py-2 font-semibold">Capacity</th>
                <th scope="col" className="px-3 py-2 font-semibold">Booked</th>
                <th scope="col" className="px-3 py-2 font-semibold"><span className="sr-only">Remove</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {slots.map((slot) => (
                <SlotRow key={`${slot.id}-${slot.capacity}`} slot={slot} updateAction={updateAction} onRemove={remove} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more ? <p className="text-xs text-gray-600">Only the first {slots.length} upcoming slots are listed.</p> : null}

      <form onSubmit={submitWith(create)} className="space-y-4 rounded-md border border-gray-200 p-4" noValidate aria-busy={creating} aria-labelledby="add-slots">
        <h3 id="add-slots" className="font-semibold">Add time slots</h3>
        <FormMessage state={created} />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField name="date" label="Date (first slot)" type="date" required defaultValue={defaults.date} state={created} />
          <TextField name="time" label={`Start time (${timeZone})`} type="time" required defaultValue={defaults.time} state={created} hint="24-hour, e.g. 09:30" />
          <TextField name="durationMinutes" label="Duration (minutes)" type="number" min={5} max={1440} defaultValue={defaults.durationMinutes} state={created} hint="Left empty: the service's duration" />
          <TextField name="capacity" label="Capacity (places)" type="number" min={1} required defaultValue="1" state={created} />
        </div>
        <fieldset aria-describedby="slot-weekdays-hint">
          <legend className="text-sm font-medium">Repeat on</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {weekdays.map((label, day) => (
              <label key={label} className="flex items-center gap-1 text-sm">
                <input type="checkbox" name="weekdays" value={String(day)} />
                {label}
              </label>
            ))}
          </div>
          <p id="slot-weekdays-hint" className="mt-1 text-xs text-gray-600">With none chosen, a series repeats every day.</p>
          {created.fieldErrors?.weekdays ? <p className="mt-1 text-sm text-red-700">{created.fieldErrors.weekdays}</p> : null}
        </fieldset>
        <div className="max-w-48">
          <TextField name="count" label="Number of slots" type="number" min={1} max={100} defaultValue="1" state={created} hint="1 adds a single slot on the date." />
        </div>
        <button type="submit" disabled={creating} className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700 disabled:opacity-60">
          {creating ? "Adding…" : "Add time slots"}
        </button>
      </form>
    </section>
  );
}

function SlotRow({ slot, updateAction, onRemove }: { slot: TSlotRow; updateAction: TFormAction; onRemove: (data: FormData) => void }) {
  const [state, dispatch, pending] = useActionState(updateAction, IDLE);
  const inputId = `slot-capacity-${slot.id}`;
  const error = state.status === "error" ? (state.fieldErrors?.capacity ?? state.message) : undefined;
  return (
    <tr>
      <td className="px-3 py-2 tabular-nums">{slot.start}</td>
      <td className="px-3 py-2 tabular-nums">{slot.end}</td>
      <td className="px-3 py-2">
        <form onSubmit={submitWith(dispatch)} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="slotId" value={slot.id} />
          <label htmlFor={inputId} className="sr-only">Capacity of the slot starting {slot.start}</label>
          <input
            id={inputId}
            name="capacity"
            type="number"
            min={Math.max(1, slot.booked)}
            defaultValue={state.values?.capacity ?? String(slot.capacity)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            className="w-20 rounded border border-gray-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600"
          />
          <button type="submit" disabled={pending} className={small}>
            Save<span className="sr-only"> capacity of the slot starting {slot.start}</span>
          </button>
          {state.status === "ok" ? <span role="status" className="text-xs text-green-800">Saved</span> : null}
          {error ? <span id={`${inputId}-error`} role="alert" className="text-xs text-red-700">{error}</span> : null}
        </form>
      </td>
      <td className="px-3 py-2 tabular-nums">{slot.booked}</td>
      <td className="px-3 py-2">
        <form onSubmit={submitWith(onRemove)}>
          <input type="hidden" name="slotId" value={slot.id} />
          <SubmitButton variant="danger" size="sm" disabled={slot.booked > 0} title={slot.booked > 0 ? "Booked slots cannot be removed" : undefined}>
            Remove<span className="sr-only"> the slot starting {slot.start}</span>
          </SubmitButton>
        </form>
      </td>
    </tr>
  );
}
