"use server";

import { refresh } from "next/cache";
import type { TFormState } from "@/components/storefront/account/form-state";
import {
  changeCustomerPassword,
  deleteOwnAccount,
  resendCustomerVerification,
  signOutCustomerEverywhere,
  updateCustomerAccount,
} from "@/server/customers";
import { forgetCustomerSession, requireCustomer } from "@/server/http";
import { echoValues, failure, requestContext } from "./action-support";

/** Profile: name and phone (the email is not editable here). */
export async function updateProfileAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  try {
    const { storeId, customerId } = await requireCustomer();
    await updateCustomerAccount(storeId, customerId, { name: form.get("name"), phone: form.get("phone") ?? "" }, {
      actorType: "customer",
      actorId: customerId,
      ...(await requestContext()),
    });
    refresh();
    return { ok: true, message: "Your profile has been saved.", values: echoValues(form) };
  } catch (error) {
    return failure(error, form);
  }
}

/** Marketing consent: the checkbox's state is the choice; its time is recorded when it changes. */
export async function updateConsentAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  try {
    const { storeId, customerId } = await requireCustomer();
    const consent = form.get("marketingConsent") === "on";
    await updateCustomerAccount(storeId, customerId, { marketingConsent: consent }, { actorType: "customer", actorId: customerId, ...(await requestContext()) });
    refresh();
    return { ok: true, message: consent ? "Thank you: you will receive our news and offers." : "Done: you will no longer receive marketing email." };
  } catch (error) {
    return failure(error, form);
  }
}

export async function resendVerificationAction(_prev: TFormState, _form: FormData): Promise<TFormState> {
  try {
    const { storeId, customerId } = await requireCustomer();
    await resendCustomerVerification(storeId, customerId, await requestContext());
    return { ok: true, message: "We have sent you a new verification link. It works for one hour." };
  } catch (error) {
    return failure(error);
  }
}

/** Ends every session of the account; the form then signs this device back in with the new password. */
export async function changePasswordAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  try {
    const { storeId, customerId } = await requireCustomer();
    const result = await changeCustomerPassword(
      storeId,
      customerId,
      { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") },
      await requestContext(),
    );
    if (!result.ok) return { ok: false, fieldErrors: { currentPassword: "That is not your current password." }, formError: "Please correct the highlighted fields." };
    forgetCustomerSession(storeId, customerId);
    return { ok: true, message: "Your password has been changed. Other devices have been signed out." };
  } catch (error) {
    return failure(error);
  }
}

/** Ends every session of the account, this one included. */
export async function signOutEverywhereAction(_prev: TFormState, _form: FormData): Promise<TFormState> {
  try {
    const { storeId, customerId } = await requireCustomer();
    await signOutCustomerEverywhere(storeId, customerId, await requestContext());
    forgetCustomerSession(storeId, customerId);
    return { ok: true, message: "You have been signed out on every device." };
  } catch (error) {
    return failure(error);
  }
}

/** Erases the account after the customer typed DELETE or their password. */
export async function deleteAccountAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  try {
    const { storeId, customerId } = await requireCustomer();
    const result = await deleteOwnAccount(storeId, customerId, { confirmation: form.get("confirmation") }, await requestContext());
    if (!result.ok) {
      return { ok: false, fieldErrors: { confirmation: "Type DELETE (in capitals) or your password." }, formError: "Your account has not been deleted." };
    }
    forgetCustomerSession(storeId, customerId);
    return { ok: true, message: "Your account has been deleted." };
  } catch (error) {
    return failure(error);
  }
}
