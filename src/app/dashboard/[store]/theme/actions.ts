"use server";

import { revalidatePath } from "next/cache";
import type { TFormState } from "@/components/dashboard/form-state";
import { updateStoreTheme } from "@/server/catalog";
import { requireStaff } from "@/server/http";
import { formValues, requestContext } from "../../action-helpers";
import { catalogFormError } from "../products/catalog-form-error";

const FIELDS = ["logoMediaId", "bannerMediaId", "announcement", "themeColor", "homeCollectionId"] as const;

/** Saves the storefront theme; settings:write is checked here, not trusted from the page. */
export async function updateStoreThemeAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, FIELDS);
  try {
    const staff = await requireStaff(slug, "settings:write");
    await updateStoreTheme(staff.store.id, { kind: "user", userId: staff.actor.userId }, values, await requestContext());
  } catch (error) {
    return catalogFormError(error, values);
  }
  revalidatePath(`/dashboard/${slug}/theme`);
  return { status: "ok", message: "Theme saved. The storefront shows it within seconds.", values };
}
