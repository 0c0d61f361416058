import type { ReactNode } from "react";

type TProps = {
  id: string;
  label: string;
  /** The first validation message for this field, if any. */
  error?: string;
  children: (describedBy: { "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
};

export const inputClass = "rounded border border-gray-300 bg-white px-2 py-1.5 text-sm";

/** A labelled filter control with its field-level error message. */
export function FilterField({ id, label, error, children }: TProps) {
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children(error ? { "aria-describedby": errorId, "aria-invalid": true } : {})}
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FilterButton() {
  return (
    <button
      type="submit"
      className="rounded border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-gray-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
    >
      Apply filters
    </button>
  );
}
