"use server";

import { revalidatePath } from "next/cache";
import type { TFormState } from "@/components/dashboard/form-state";
import { createApiKey, revokeApiKey } from "@/server/api-keys";
import { requireStaff } from "@/server/http";
import { formError, formValues, requestContext } from "../../action-helpers";

/** Creates a key and returns it once, to be shown to this user only. settings:write is checked here. */
export async function createApiKeyAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["name"]);
  let key: string;
  try {
    const staff = await requireStaff(slug, "settings:write");
    ({ key } = await createApiKey(staff.store.id, { userId: staff.actor.userId, ...(await requestContext()) }, { name: values.name, scopes: formData.getAll("scopes").map(String) }));
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath(`/dashboard/${slug}/api-keys`);
  return { status: "ok", data: { key } };
}

export async function revokeApiKeyAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "settings:write");
    const revoked = await revokeApiKey(staff.store.id, { userId: staff.actor.userId, ...(await requestContext()) }, String(formData.get("keyId") ?? ""));
    if (!revoked) return { status: "error", message: "That key does not exist or is revoked already." };
  } catch (error) {
    return formError(error);
  }
  revalidatePath(`/dashboard/${slug}/api-keys`);
  return { status: "ok", message: "Key revoked." };
}
