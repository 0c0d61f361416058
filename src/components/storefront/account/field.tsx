import { inputClass } from "@/components/storefront/styles";

export type TFieldProps = {
  label: string;
  name: string;
  type?: "text" | "email" | "password" | "tel";
  defaultValue?: string | null | undefined;
  /** A controlled field: its value and change handler (instead of defaultValue). */
  value?: string;
  onChange?: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  maxLength?: number;
  /** Prefixes the input id, for pages with several forms using the same field names. */
  idPrefix?: string;
  /** The input id, for forms with their own id scheme (the hint and error ids follow it). */
  id?: string;
};

/**
 * The storefront's labelled input with its hint and error (announced, and tied to the input
 * with aria-describedby); uncontrolled with defaultValue, controlled with value and onChange.
 */
export function Field({ label, name, type = "text", defaultValue, value, onChange, onBlur, error, autoComplete, required, hint, maxLength, idPrefix = "", id = `${idPrefix}${name}` }: TFieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
        {required ? null : <span className="font-normal text-gray-500"> (optional)</span>}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        {...(value === undefined ? { defaultValue: defaultValue ?? undefined } : { value })}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        onBlur={onBlur}
        autoComplete={autoComplete}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={`mt-1 ${inputClass} aria-[invalid=true]:border-red-600`}
      />
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

/** The form-level outcome: an error (role=alert) or a confirmation (role=status). */
export function FormMessage({ error, message }: { error?: string | undefined; message?: string | undefined }) {
  if (error) {
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
        {error}
      </p>
    );
  }
  if (message) {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        {message}
      </p>
    );
  }
  return null;
}

export function SubmitButton({ pending, children, pendingLabel, tone = "primary" }: { pending: boolean; children: React.ReactNode; pendingLabel: string; tone?: "primary" | "danger" | "plain" }) {
  const tones = {
    primary: "bg-[var(--store-primary,#111827)] text-white hover:opacity-90",
    danger: "bg-red-700 text-white hover:bg-red-800",
    plain: "border border-gray-300 bg-white text-gray-900 hover:bg-gray-50",
  };
  return (
    <button type="submit" disabled={pending} className={`rounded-md px-4 py-2 font-medium disabled:opacity-60 ${tones[tone]}`}>
      {pending ? pendingLabel : children}
    </button>
  );
}
