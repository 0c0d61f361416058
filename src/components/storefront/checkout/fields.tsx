"use client";

import { Field, type TFieldProps } from "@/components/storefront/account/field";
import { inputClass } from "@/components/storefront/styles";

/** The element id of a form field name ("shippingAddress.city" -> "co-shippingAddress-city"). */
export const fieldId = (name: string) => `co-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
export const errorId = (name: string) => `${fieldId(name)}-error`;

const invalidClass = "aria-[invalid=true]:border-red-600";

type TTextProps = Omit<TFieldProps, "type" | "defaultValue" | "idPrefix" | "id" | "value" | "onChange"> & {
  type?: "text" | "email" | "tel";
  value: string;
  onChange: (value: string) => void;
};

/** A labelled, controlled input (the storefront's Field) with the checkout's ids (fieldId, errorId). */
export function TextField(props: TTextProps) {
  return <Field {...props} id={fieldId(props.name)} />;
}

type TSelectProps = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string | undefined;
  autoComplete?: string;
};

export function SelectField({ name, label, value, onChange, options, error, autoComplete }: TSelectProps) {
  const id = fieldId(name);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(name) : undefined}
        className={`mt-1 ${inputClass} ${invalidClass}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError name={name} error={error} />
    </div>
  );
}

export function FieldError({ name, error }: { name: string; error?: string | undefined }) {
  return error ? (
    <p id={errorId(name)} className="mt-1 text-sm text-red-700">
      {error}
    </p>
  ) : null;
}

type TChoice = { value: string; label: React.ReactNode; detail?: React.ReactNode; disabled?: boolean };

/**
 * A radio group as a fieldset: the legend names it, each choice is a large tappable row, and
 * the group's error is tied to every radio (aria-describedby), so it is read on focus.
 */
export function RadioGroup({ name, legend, choices, value, onChange, error }: { name: string; legend: React.ReactNode; choices: TChoice[]; value: string; onChange: (value: string) => void; error?: string | undefined }) {
  return (
    <fieldset id={fieldId(name)}>
      <legend className="text-sm font-medium text-gray-800">{legend}</legend>
      <div className="mt-2 space-y-2">
        {choices.map((c) => {
          const id = `${fieldId(name)}-${c.value.replace(/[^A-Za-z0-9_-]/g, "-")}`;
          return (
            <div key={c.value} className="flex items-start gap-3 rounded-md border border-gray-300 p-3 has-[:checked]:border-[var(--store-primary,#111827)] has-[:disabled]:opacity-60">
              <input
                id={id}
                type="radio"
                name={name}
                value={c.value}
                checked={value === c.value}
                disabled={c.disabled}
                onChange={() => onChange(c.value)}
                data-invalid={error ? true : undefined}
                aria-describedby={[c.detail ? `${id}-detail` : null, error ? errorId(name) : null].filter(Boolean).join(" ") || undefined}
                className="mt-1 h-4 w-4 shrink-0"
              />
              <div className="flex-1 text-sm">
                <label htmlFor={id} className="block cursor-pointer">
                  {c.label}
                </label>
                {c.detail ? (
                  <p id={`${id}-detail`} className="mt-0.5 whitespace-pre-line text-gray-600">
                    {c.detail}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <FieldError name={name} error={error} />
    </fieldset>
  );
}
