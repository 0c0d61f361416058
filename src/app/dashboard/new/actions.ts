"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TFormState } from "@/components/dashboard/form-state";
import { getPlatformActor } from "@/server/http";
import { createStore } from "@/server/onboarding";
import { formError, formValues, requestContext } from "../action-helpers";

const FIELDS = ["name", "slug", "country", "currency", "timeZone"] as const;

/** Creates the store (the domain re-checks that the user is verified) and opens its dashboard. */
export async function createStoreAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, FIELDS);
  const actor = await getPlatformActor();
  if (!actor) return { status: "error", message: "Your session has ended. Sign in again.", values };
  let slug: string;
  try {
    ({ slug } = await createStore(actor.userId, values, await requestContext()));
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath("/dashboard", "layout");
  redirect(`/dashboard/${slug}`);
}
