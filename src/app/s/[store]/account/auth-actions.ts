"use server";

import type { TFormState } from "@/components/storefront/account/form-state";
import { registerCustomer, requestCustomerPasswordReset, resetCustomerPassword, verifyCustomerEmail } from "@/server/customers";
import { forgetCustomerSession } from "@/server/http";
import { currentStoreId, echoValues, failure, requestContext } from "./action-support";

const CHECK_INBOX = "Thanks. If this email can be used here, we have sent a message to it. Check your inbox (and spam folder) to continue.";

/** /account/register: the same answer whether or not the email already has an account here. */
export async function registerAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  try {
    await registerCustomer(await currentStoreId(), Object.fromEntries(form), await requestContext());
    return { ok: true, message: CHECK_INBOX };
  } catch (error) {
    return failure(error, form);
  }
}

/** /account/forgot-password: the same answer whether or not the email has an account here. */
export async function forgotPasswordAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  try {
    await requestCustomerPasswordReset(await currentStoreId(), { email: form.get("email") }, await requestContext());
    return { ok: true, message: "If an account uses this email, we have sent it a link to reset the password. The link works for one hour." };
  } catch (error) {
    return failure(error, form);
  }
}

/** /account/reset-password: a new password with the mailed token; every session ends. */
export async function resetPasswordAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  try {
    const storeId = await currentStoreId();
    const result = await resetCustomerPassword(storeId, { token: form.get("token"), password: form.get("password") }, await requestContext());
    if (!result.ok) return { ok: false, formError: "This reset link is invalid, used or expired. Ask for a new one.", values: echoValues(form) };
    forgetCustomerSession(storeId, result.customerId);
    return { ok: true, message: "Your password has been changed, and you have been signed out everywhere. Sign in with the new password." };
  } catch (error) {
    return failure(error, form);
  }
}

/** /account/verify-email: uses the mailed token (a button press, so link scanners cannot use it up). */
export async function verifyEmailAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  try {
    const result = await verifyCustomerEmail(await currentStoreId(), { token: form.get("token") }, await requestContext());
    return result.ok
      ? { ok: true, message: "Thank you: your email address is verified." }
      : { ok: false, formError: "This verification link is invalid, used or expired. Sign in and ask for a new one from your account page." };
  } catch (error) {
    return failure(error, form);
  }
}
