"use server";

import { revalidatePath } from "next/cache";
import type { TFormState } from "@/components/dashboard/form-state";
import { requireStaff } from "@/server/http";
import { updateStoreSettings } from "@/server/onboarding";
import { formError, formValues, requestContext } from "../../action-helpers";

/** Saves name, theme colour and time zone; settings:write is checked here, not trusted from the page. */
export async function updateStoreSettingsAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["name", "themeColor", "timeZone"]);
  try {
    const staff = await requireStaff(slug, "settings:write");
    await updateStoreSettings(staff.store.id, { kind: "user", userId: staff.actor.userId }, values, await requestContext());
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath(`/dashboard/${slug}`, "layout");
  return { status: "ok", message: "Settings saved.", values };
}
