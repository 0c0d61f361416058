"use client";

import { useFormStatus } from "react-dom";
import type { TFormState } from "./form-state";

const inputClass =
  "mt-1 block w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-gray-900 focus:outline-none focus:ring-2 focus:ring-gray-900/20 aria-[invalid=true]:border-red-600";

type TFieldBase = { name: string; label: string; state?: TFormState; hint?: React.ReactNode; id?: string };

function FieldShell({ id, label, hint, error, children }: { id: string; label: string; hint?: React.ReactNode; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-gray-900">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A labelled input whose error (from the action's field errors) is announced with it. */
export function TextField({
  name,
  label,
  state,
  hint,
  id,
  type = "text",
  defaultValue,
  ...rest
}: TFieldBase & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const fieldId = id ?? `field-${name}`;
  const error = state?.fieldErrors?.[name];
  const value = type === "password" ? undefined : (state?.values?.[name] ?? defaultValue);
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error}>
      <input
        id={fieldId}
        name={name}
        type={type}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        className={inputClass}
        {...rest}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  state,
  hint,
  id,
  options,
  defaultValue,
  placeholder,
  ...rest
}: TFieldBase & { options: { value: string; label: string }[]; placeholder?: string } & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">) {
  const fieldId = id ?? `field-${name}`;
  const error = state?.fieldErrors?.[name];
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error}>
      <select
        id={fieldId}
        name={name}
        defaultValue={state?.values?.[name] ?? defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        className={inputClass}
        {...rest}
      >
        {placeholder !== undefined ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Submit button that shows progress while its form's action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  size = "md",
  className = "",
  disabled,
  ...rest
}: { children: React.ReactNode; pendingLabel?: string; variant?: "primary" | "secondary" | "danger"; size?: "sm" | "md" } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const { pending } = useFormStatus();
  const look =
    variant === "primary"
      ? "bg-gray-900 text-white hover:bg-gray-700"
      : variant === "danger"
        ? "border border-red-300 bg-white text-red-700 hover:bg-red-50"
        : "border border-gray-300 bg-white text-gray-900 hover:bg-gray-100";
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      className={`rounded-md ${size === "sm" ? "px-3 py-1.5" : "px-4 py-2"} text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:cursor-not-allowed disabled:opacity-60 ${look} ${className}`}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/** The form-level outcome: an alert for errors, a status message for success. */
export function FormMessage({ state }: { state: TFormState }) {
  if (!state.message || state.status === "idle") return null;
  if (state.status === "error") {
    return (
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
        {state.message}
      </p>
    );
  }
  return (
    <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
      {state.message}
    </p>
  );
}
