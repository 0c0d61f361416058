"use client";

import { useActionState } from "react";

export type TRedriveState = { status: "idle" | "done" | "error"; message: string };

type TProps = {
  action: (state: TRedriveState, formData: FormData) => Promise<TRedriveState>;
  eventIds: string[];
  /** The button text. */
  label: string;
  /** Completes the button's accessible name, e.g. "event 42" (read by screen readers only). */
  srDetail?: string;
  variant?: "primary" | "secondary";
};

const initial: TRedriveState = { status: "idle", message: "" };

/** A button that re-drives the given dead events through a server action and says how it went. */
export function RedriveForm({ action, eventIds, label, srDetail, variant = "secondary" }: TProps) {
  const [state, formAction, pending] = useActionState(action, initial);
  const look =
    variant === "primary"
      ? "bg-gray-900 text-white hover:bg-gray-700"
      : "border border-gray-300 bg-white text-gray-900 hover:bg-gray-100";
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {eventIds.map((id) => (
        <input key={id} type="hidden" name="eventId" value={id} />
      ))}
      <button
        type="submit"
        disabled={pending || eventIds.length === 0}
        className={`rounded px-3 py-1.5 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:cursor-not-allowed disabled:opacity-50 ${look}`}
      >
        {pending ? "Re-driving…" : label}
        {srDetail ? <span className="sr-only"> {srDetail}</span> : null}
      </button>
      <p role="status" aria-live="polite" className={`text-sm ${state.status === "error" ? "text-red-700" : "text-green-800"}`}>
        {state.message}
      </p>
    </form>
  );
}
