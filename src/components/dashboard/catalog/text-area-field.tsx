"use client";

/** A labelled textarea with its hint and field error, like TextField. */
export function TextAreaField({ name, label, hint, error, defaultValue, rows = 6, maxLength }: { name: string; label: string; hint?: string; error?: string; defaultValue?: string; rows?: number; maxLength?: number }) {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-gray-900">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className="mt-1 block w-full rounded-md border border-gray-300 bg-white px-3 py-2 font-mono text-sm shadow-sm focus:border-gray-900 focus:outline-none focus:ring-2 focus:ring-gray-900/20 aria-[invalid=true]:border-red-600"
      />
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-gray-600">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
