"use server";

import type { TFormState } from "@/components/dashboard/form-state";
import { forgetPlatformSession } from "@/server/http";
import { resetPassword } from "@/server/onboarding";
import { formError, requestContext } from "../dashboard/action-helpers";

const REFUSED = {
  expired: "This reset link has expired. Ask for a new one.",
  used: "This reset link has been used already. Ask for a new one.",
  invalid: "This reset link is not valid. Ask for a new one.",
} as const;

/** Sets the new password; every existing session of the user ends (sessionVersion bumped). */
export async function resetPasswordAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const result = await resetPassword({ token: formData.get("token"), password: formData.get("password") }, await requestContext());
    if (result.status !== "reset") return { status: "error", message: REFUSED[result.status] };
    forgetPlatformSession(result.userId);
  } catch (error) {
    return formError(error);
  }
  return { status: "ok", message: "Your new password is set and you have been signed out everywhere. Sign in with the new password." };
}
