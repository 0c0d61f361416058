"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { focusRing, inputClass } from "@/components/storefront/styles";
import { INITIAL_CART_LINE_STATE, type TCartLineState } from "./cart-types";

type TLineAction = (state: TCartLineState, form: FormData) => Promise<TCartLineState>;

type TProps = {
  /** Server actions bound to this line's id by the page. */
  updateAction: TLineAction;
  removeAction: TLineAction;
  quantity: number;
  max: number;
  /** The line's name, for labels that say which line a control belongs to. */
  label: string;
  /** Ids of text describing the line's problems (sold out, only N left). */
  describedBy?: string;
};

/**
 * A cart line's quantity form and remove button. Both are plain forms posting to server
 * actions (they work before the page's scripts load); the server re-renders the cart after
 * each change, and CartSync tells the header and moves focus when a line goes.
 */
export function CartLineControls({ updateAction, removeAction, quantity, max, label, describedBy }: TProps) {
  const id = useId();
  const [updated, update, updating] = useActionState(updateAction, INITIAL_CART_LINE_STATE);
  const [removed, remove, removing] = useActionState(removeAction, INITIAL_CART_LINE_STATE);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (updated.error) input.current?.focus();
  }, [updated]);

  const error = updated.ok ? undefined : updated.error;
  const described = [describedBy, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <form action={update} className="flex items-end gap-2" noValidate>
        <div>
          <label htmlFor={`${id}-quantity`} className="block text-xs font-medium text-gray-700">
            Quantity<span className="sr-only"> of {label}</span>
          </label>
          <input
            ref={input}
            key={quantity}
            id={`${id}-quantity`}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            step={1}
            defaultValue={updated.ok ? quantity : (updated.quantity ?? quantity)}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            className={`mt-1 w-20 ${inputClass} aria-[invalid=true]:border-red-600`}
          />
        </div>
        <button type="submit" disabled={updating} className={`rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium hover:bg-gray-50 disabled:opacity-60 ${focusRing}`}>
          {updating ? "Updating…" : "Update"}
          <span className="sr-only"> quantity of {label}</span>
        </button>
      </form>
      <form action={remove}>
        <button type="submit" disabled={removing} className={`rounded-md px-2 py-2 text-sm font-medium text-red-700 underline underline-offset-4 disabled:opacity-60 ${focusRing}`}>
          {removing ? "Removing…" : "Remove"}
          <span className="sr-only"> {label}</span>
        </button>
      </form>
      {error ? (
        <p id={`${id}-error`} className="basis-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {removed.error ? (
        <p role="alert" className="basis-full text-sm text-red-700">
          {removed.error}
        </p>
      ) : null}
    </div>
  );
}
