"use server";

import { revalidatePath } from "next/cache";
import type { TFormState } from "@/components/dashboard/form-state";
import { createServiceSlots, deleteServiceSlot, updateServiceSlot } from "@/server/catalog";
import { requireStaff } from "@/server/http";
import { formValues, requestContext } from "../../action-helpers";
import { catalogFormError } from "./catalog-form-error";

/**
 * Server actions of a service's "Time slots" section. Each checks catalog:write itself, then
 * makes one catalog call (which validates with the catalog's zod schemas and interprets times
 * in the store's time zone); a refusal comes back as field errors and writes nothing.
 */

const SLOT_FIELDS = ["date", "time", "capacity", "durationMinutes", "count"] as const;
const productPath = (slug: string, productId: string) => `/dashboard/${slug}/products/${productId}`;
const staffActor = (staff: { actor: { userId: string } }) => ({ kind: "user" as const, userId: staff.actor.userId });
const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** Adds one slot or a series (the form's date, time, capacity, duration, weekdays and count). */
export async function createServiceSlotsAction(slug: string, productId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, SLOT_FIELDS);
  try {
    const staff = await requireStaff(slug, "catalog:write");
    const input = { ...values, weekdays: formData.getAll("weekdays").map(String) };
    const slots = await createServiceSlots(staff.store.id, staffActor(staff), productId, input, await requestContext());
    revalidatePath(productPath(slug, productId));
    return { status: "ok", message: `${plural(slots.length, "time slot", "time slots")} added.`, values };
  } catch (error) {
    return catalogFormError(error, values);
  }
}

/** Saves one slot's capacity (the form sends slotId and capacity). */
export async function updateServiceSlotAction(slug: string, productId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["capacity"]);
  const slotId = String(formData.get("slotId") ?? "");
  try {
    const staff = await requireStaff(slug, "catalog:write");
    await updateServiceSlot(staff.store.id, staffActor(staff), slotId, values, await requestContext());
    revalidatePath(productPath(slug, productId));
    return { status: "ok", message: "Capacity saved.", values };
  } catch (error) {
    return catalogFormError(error, values);
  }
}

/** Removes one slot without bookings (the form sends slotId). */
export async function deleteServiceSlotAction(slug: string, productId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const slotId = String(formData.get("slotId") ?? "");
  try {
    const staff = await requireStaff(slug, "catalog:write");
    await deleteServiceSlot(staff.store.id, staffActor(staff), slotId, await requestContext());
    revalidatePath(productPath(slug, productId));
    return { status: "ok", message: "Time slot removed." };
  } catch (error) {
    return catalogFormError(error);
  }
}
