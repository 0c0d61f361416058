"use server";

import { revalidatePath } from "next/cache";
import type { TFormState } from "@/components/dashboard/form-state";
import { updateCheckoutSettings } from "@/server/checkout";
import { requireStaff } from "@/server/http";
import { formError, requestContext } from "../../../action-helpers";

/**
 * Saves the checkout settings form (settings:write, checked here). Checkboxes are sent only
 * when ticked, so each is read as true/false explicitly; the country list may be empty.
 */
export async function updateCheckoutSettingsAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const text = (name: string) => String(formData.get(name) ?? "");
  const flag = (name: string) => formData.get(name) === "on";
  const patch = {
    shipCountries: formData.getAll("shipCountries").map(String),
    pricesIncludeTax: flag("pricesIncludeTax"),
    reservationMinutes: text("reservationMinutes"),
    maxLineQuantity: text("maxLineQuantity"),
    localPickupEnabled: flag("localPickupEnabled"),
    pickupInstructions: text("pickupInstructions"),
    codEnabled: flag("codEnabled"),
    codInstructions: text("codInstructions"),
  };
  try {
    const staff = await requireStaff(slug, "settings:write");
    await updateCheckoutSettings(staff.store.id, { kind: "user", userId: staff.actor.userId }, patch, await requestContext());
  } catch (error) {
    return formError(error);
  }
  revalidatePath(`/dashboard/${slug}/settings`, "layout");
  return { status: "ok", message: "Checkout settings saved." };
}
