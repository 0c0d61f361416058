"use server";

import { revalidatePath } from "next/cache";
import type { TFormState } from "@/components/dashboard/form-state";
import { eraseCustomer, ZEraseCustomerConfirmation } from "@/server/customers";
import { forgetCustomerSession, requireStaff } from "@/server/http";
import { formError, requestContext } from "../../action-helpers";

/**
 * Staff erasure of one customer (customers:export, checked here). The customer id is bound by
 * the page; erasure reads through the staff member's own store, so another store's id is
 * simply not found.
 */
export async function eraseCustomerAction(slug: string, customerId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "customers:export");
    ZEraseCustomerConfirmation.parse({ confirmation: formData.get("confirmation") });
    const erased = await eraseCustomer(staff.store.id, customerId, { actorType: "platform_user", actorId: staff.actor.userId, ...(await requestContext()) });
    if (!erased) return { status: "error", message: "This customer does not exist or has been erased already." };
    forgetCustomerSession(staff.store.id, customerId);
  } catch (error) {
    return formError(error);
  }
  revalidatePath(`/dashboard/${slug}/customers`, "layout");
  return { status: "ok", message: "The customer's personal data has been erased." };
}
