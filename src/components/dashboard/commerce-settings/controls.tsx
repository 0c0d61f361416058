"use client";

import { startTransition } from "react";

/**
 * Small form controls of the commerce settings pages, styled like `../fields`: a checkbox
 * with its hint, a plain textarea with hint and error, and a submit handler that dispatches an
 * action without React's form reset (so a refused form keeps everything that was typed,
 * checkboxes and lists included).
 */

export const inputClass =
  "mt-1 block w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-gray-900 focus:outline-none focus:ring-2 focus:ring-gray-900/20 aria-[invalid=true]:border-red-600";

const describedBy = (id: string, hint: unknown, error: unknown) => [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

/** Submits by hand (not as a form action), so the form keeps what was typed after the action runs. */
export function submitWith(dispatch: (data: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
}

export function CheckboxField({
  id,
  name,
  label,
  hint,
  error,
  defaultChecked,
  onChange,
}: {
  id?: string;
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  defaultChecked?: boolean;
  onChange?: (checked: boolean) => void;
}) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex gap-3">
      <input
        id={fieldId}
        name={name}
        type="checkbox"
        defaultChecked={defaultChecked}
        onChange={onChange ? (e) => onChange(e.currentTarget.checked) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        className="mt-0.5 h-4 w-4 shrink-0 rounded border-gray-300"
      />
      <div>
        <label htmlFor={fieldId} className="text-sm font-medium text-gray-900">
          {label}
        </label>
        {hint ? (
          <p id={`${fieldId}-hint`} className="text-xs text-gray-600">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${fieldId}-error`} className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function TextArea({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  rows = 3,
  maxLength,
}: {
  id?: string;
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  defaultValue?: string;
  rows?: number;
  maxLength?: number;
}) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium text-gray-900">
        {label}
      </label>
      <textarea
        id={fieldId}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        className={inputClass}
      />
      {hint ? (
        <p id={`${fieldId}-hint`} className="mt-1 text-xs text-gray-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
