/**
 * What a form's server action returns (useActionState). Field errors are keyed by input
 * name; `values` echoes what was typed (never passwords) so a refused form keeps it;
 * `data` carries a result to show once (such as a new API key).
 */
export type TFormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  data?: Record<string, string>;
};

export const IDLE: TFormState = { status: "idle" };

export type TFormAction = (state: TFormState, formData: FormData) => Promise<TFormState>;
