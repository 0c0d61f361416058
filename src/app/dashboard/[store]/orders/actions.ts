"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TFormState } from "@/components/dashboard/form-state";
import { requireStaff } from "@/server/http";
import { markOrderPaid } from "@/server/orders";
import { formError, requestContext } from "../../action-helpers";

/**
 * "Mark as paid" for a cash-on-delivery / bank-transfer order (orders:write, checked here, not
 * trusted from the page). The orders domain records who and when, the timeline entry and the
 * audit entry; an order already paid, cancelled or paid by card is refused (409) and shown
 * above the button. The order id is bound by the page: another store's id is not found.
 */
export async function markOrderPaidAction(slug: string, orderId: string, _state: TFormState, _formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "orders:write");
    await markOrderPaid(staff.store.id, orderId, { kind: "user", userId: staff.actor.userId }, await requestContext());
  } catch (error) {
    return formError(error);
  }
  revalidatePath(`/dashboard/${slug}`, "layout");
  redirect(`/dashboard/${slug}/orders/${orderId}?marked=paid`);
}
