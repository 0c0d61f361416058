"use server";

import { revalidatePath } from "next/cache";
import type { TFormState } from "@/components/dashboard/form-state";
import { requireStaff } from "@/server/http";
import { adjustStock, createStockLocation, renameStockLocation, setDefaultStockLocation, setLowStockThreshold, transferStock } from "@/server/inventory";
import { formError, formValues } from "../../action-helpers";

/**
 * Server actions of the inventory pages. Each checks inventory:write itself (never trusting
 * the page), then makes one inventory call; the variant id is bound by the page, so another
 * store's variant or location is simply not found. A refusal comes back as messages beside
 * the fields and writes nothing.
 */

const staffActor = (staff: { actor: { userId: string } }) => ({ kind: "user" as const, userId: staff.actor.userId });
const inventoryPath = (slug: string) => `/dashboard/${slug}/inventory`;

/** The domain names the amount "delta" or "quantity" by mode; the form has one "amount" field. */
function amountError(state: TFormState): TFormState {
  const fieldErrors = { ...state.fieldErrors };
  const message = fieldErrors.delta ?? fieldErrors.quantity;
  if (message) fieldErrors.amount ??= message;
  return { ...state, fieldErrors };
}

/** Adjusts on-hand stock at one location: by a change ("delta", + or −) or to a counted quantity ("set"), with a reason. */
export async function adjustStockAction(slug: string, variantId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["mode", "amount", "locationId", "reason"]);
  const mode = values.mode === "set" ? "set" : "delta";
  const amount = values.amount.trim().replace(/^\+/, "");
  try {
    const staff = await requireStaff(slug, "inventory:write");
    const after = await adjustStock(staff.store.id, staffActor(staff), {
      variantId,
      locationId: values.locationId,
      reason: values.reason,
      ...(mode === "set" ? { quantity: amount === "" ? undefined : amount } : { delta: amount === "" ? undefined : amount }),
    });
    revalidatePath(inventoryPath(slug), "layout");
    const level = after.levels.find((l) => l.locationId === values.locationId) ?? after.levels.find((l) => l.isDefault);
    return {
      status: "ok",
      message: level ? `Stock saved: ${level.onHand} on hand at ${level.locationName}, ${level.available} available.` : "Stock saved.",
      values: { mode, locationId: values.locationId, amount: "", reason: "" },
    };
  } catch (error) {
    return amountError(formError(error, values));
  }
}

/** Moves available stock between two of the store's locations. */
export async function transferStockAction(slug: string, variantId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["fromLocationId", "toLocationId", "quantity", "note"]);
  try {
    const staff = await requireStaff(slug, "inventory:write");
    const after = await transferStock(staff.store.id, staffActor(staff), { variantId, ...values });
    revalidatePath(inventoryPath(slug), "layout");
    const name = (id: string) => after.levels.find((l) => l.locationId === id)?.locationName ?? "the location";
    return {
      status: "ok",
      message: `Moved ${values.quantity.trim()} from ${name(values.fromLocationId)} to ${name(values.toLocationId)}.`,
      values: { ...values, quantity: "", note: "" },
    };
  } catch (error) {
    return formError(error, values);
  }
}

/** Sets the variant's low-stock threshold; an empty field removes it. */
export async function setLowStockThresholdAction(slug: string, variantId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["threshold"]);
  try {
    const staff = await requireStaff(slug, "inventory:write");
    const { threshold } = await setLowStockThreshold(staff.store.id, staffActor(staff), { variantId, threshold: values.threshold.trim() });
    revalidatePath(inventoryPath(slug), "layout");
    return { status: "ok", message: threshold === null ? "Low-stock threshold removed." : `Low-stock threshold set to ${threshold}.`, values };
  } catch (error) {
    return formError(error, values);
  }
}

/** Adds a stock location (a name unique in the store). */
export async function createStockLocationAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["name"]);
  try {
    const staff = await requireStaff(slug, "inventory:write");
    const location = await createStockLocation(staff.store.id, staffActor(staff), values);
    revalidatePath(inventoryPath(slug), "layout");
    return { status: "ok", message: `Location “${location.name}” added.`, values: { name: "" } };
  } catch (error) {
    return formError(error, values);
  }
}

/** Renames one of the store's locations (bound by the page; another store's is not found). */
export async function renameStockLocationAction(slug: string, locationId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["name"]);
  try {
    const staff = await requireStaff(slug, "inventory:write");
    const location = await renameStockLocation(staff.store.id, staffActor(staff), locationId, values);
    revalidatePath(inventoryPath(slug), "layout");
    return { status: "ok", message: `Renamed to “${location.name}”.`, values: { name: location.name } };
  } catch (error) {
    return formError(error, values);
  }
}

/** Makes one of the store's locations the default (bound by the page). */
export async function setDefaultStockLocationAction(slug: string, locationId: string, _state: TFormState, _formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "inventory:write");
    const location = await setDefaultStockLocation(staff.store.id, staffActor(staff), locationId);
    revalidatePath(inventoryPath(slug), "layout");
    return { status: "ok", message: `“${location.name}” is now the default location.` };
  } catch (error) {
    return formError(error, {});
  }
}
