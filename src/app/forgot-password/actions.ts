"use server";

import type { TFormState } from "@/components/dashboard/form-state";
import { requestPasswordReset } from "@/server/onboarding";
import { formError, formValues, requestContext } from "../dashboard/action-helpers";

/** The same answer whether or not the address has an account. */
export async function requestPasswordResetAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["email"]);
  try {
    await requestPasswordReset(values, await requestContext());
  } catch (error) {
    return formError(error, values);
  }
  return {
    status: "ok",
    message: "Check your email. If an account uses that address, we sent it a link to choose a new password. The link works for one hour.",
    values,
  };
}
