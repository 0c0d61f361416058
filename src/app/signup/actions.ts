"use server";

import type { TFormState } from "@/components/dashboard/form-state";
import { signUpPlatformUser } from "@/server/onboarding";
import { formError, formValues, requestContext } from "../dashboard/action-helpers";

/** /signup: the same "check your email" outcome for new and registered addresses. */
export async function signUpAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["name", "email"]);
  try {
    await signUpPlatformUser({ ...values, password: String(formData.get("password") ?? ""), next: formData.get("next") ?? undefined }, await requestContext());
  } catch (error) {
    return formError(error, values);
  }
  return { status: "ok", values: { email: values.email.trim().toLowerCase() } };
}
