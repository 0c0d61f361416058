/**
 * What the account server actions return to their forms: field-level messages keyed by field
 * name, a message for the whole form, and the submitted values (never passwords) so a form
 * that failed keeps what was typed.
 */
export type TFormState = {
  ok: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const INITIAL_FORM_STATE: TFormState = { ok: false };

/** A server action usable with useActionState. */
export type TFormAction = (state: TFormState, form: FormData) => Promise<TFormState>;
