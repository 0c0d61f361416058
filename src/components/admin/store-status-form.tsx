"use client";

import { useActionState } from "react";

export type TStoreStatusState = { ok: boolean | null; message: string; fieldErrors?: Record<string, string> };

type TProps = {
  action: (state: TStoreStatusState, formData: FormData) => Promise<TStoreStatusState>;
  storeId: string;
  storeName: string;
  /** What the button does: suspend an active store or reinstate a suspended one. */
  mode: "suspend" | "reinstate";
};

const initial: TStoreStatusState = { ok: null, message: "" };

const COPY = {
  suspend: {
    label: "Suspend store",
    pending: "Suspending…",
    help: "The storefront and its API answer 503 “Store unavailable” within seconds. Its staff can still sign in to the dashboard and export their data.",
    look: "bg-red-700 text-white hover:bg-red-800",
  },
  reinstate: {
    label: "Reinstate store",
    pending: "Reinstating…",
    help: "The storefront serves customers again within seconds.",
    look: "bg-gray-900 text-white hover:bg-gray-700",
  },
} as const;

/** Suspends or reinstates a store through a server action and says how it went. */
export function StoreStatusForm({ action, storeId, storeName, mode }: TProps) {
  const [state, formAction, pending] = useActionState(action, initial);
  const copy = COPY[mode];
  const error = state.fieldErrors?.storeId;
  return (
    <form action={formAction} className="space-y-2" aria-describedby={`status-help-${mode}`}>
      <input type="hidden" name="storeId" value={storeId} />
      <p id={`status-help-${mode}`} className="text-sm text-gray-600">
        {copy.help}
      </p>
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-3 py-1.5 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:cursor-not-allowed disabled:opacity-50 ${copy.look}`}
      >
        {pending ? copy.pending : copy.label}
        <span className="sr-only"> {storeName}</span>
      </button>
      <p role="status" aria-live="polite" className={`text-sm ${state.ok === false ? "text-red-700" : "text-green-800"}`}>
        {error ?? state.message}
      </p>
    </form>
  );
}
