"use server";

import type { TFormState } from "@/components/dashboard/form-state";
import { forgetPlatformSession, getPlatformActor } from "@/server/http";
import { changePassword, signOutEverywhere } from "@/server/onboarding";
import { formError, requestContext } from "../action-helpers";

const SIGNED_OUT: TFormState = { status: "error", message: "Your session has ended. Sign in again." };

/** Changes the password and ends every session (the form signs this browser in again). */
export async function changePasswordAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  const actor = await getPlatformActor();
  if (!actor) return SIGNED_OUT;
  try {
    const result = await changePassword(actor.userId, { currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") }, await requestContext());
    if (!result.ok) return { status: "error", message: "Check the highlighted fields.", fieldErrors: result.fieldErrors };
  } catch (error) {
    return formError(error);
  }
  forgetPlatformSession(actor.userId);
  return { status: "ok" };
}

/** Bumps the session version: every session of this user, everywhere, is signed out. */
export async function signOutEverywhereAction(): Promise<TFormState> {
  const actor = await getPlatformActor();
  if (!actor) return SIGNED_OUT;
  await signOutEverywhere(actor.userId, await requestContext());
  forgetPlatformSession(actor.userId);
  return { status: "ok", message: "Signed out everywhere." };
}
