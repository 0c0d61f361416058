"use server";

import type { TFormState } from "@/components/dashboard/form-state";
import { getPlatformActor } from "@/server/http";
import { requestVerificationEmail, resendVerificationForUser } from "@/server/onboarding";
import { formError, formValues, requestContext } from "../dashboard/action-helpers";

/** Signed out (after an expired link): the same answer for every address. */
export async function requestVerificationAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["email"]);
  try {
    await requestVerificationEmail(values, await requestContext());
  } catch (error) {
    return formError(error, values);
  }
  return { status: "ok", message: "Check your email. If that address has an account waiting for verification, we sent it a new link.", values };
}

/** Signed in and unverified: a new link to the account's own address. */
export async function resendVerificationAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  const actor = await getPlatformActor();
  if (!actor) return { status: "error", message: "Your session has ended. Sign in again." };
  try {
    const sent = await resendVerificationForUser(actor.userId, formData.get("next") ?? undefined, await requestContext());
    if (!sent) return { status: "ok", message: "Your email address is verified already." };
  } catch (error) {
    return formError(error);
  }
  return { status: "ok", message: "We sent a new verification link. It works for one hour." };
}
