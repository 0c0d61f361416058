"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TFormState } from "@/components/dashboard/form-state";
import { createCategory, deleteCategory, updateCategory } from "@/server/catalog";
import { requireStaff } from "@/server/http";
import { formValues, requestContext } from "../../action-helpers";
import { catalogFormError } from "../products/catalog-form-error";

const FIELDS = ["name", "handle", "parentId", "position", "description", "imageId"] as const;

/** The category form's fields as the catalog's category input; an empty position means "at the end". */
function readCategory(values: Record<(typeof FIELDS)[number], string>) {
  const position = values.position.trim();
  return {
    name: values.name,
    handle: values.handle,
    parentId: values.parentId || null,
    description: values.description,
    imageId: values.imageId || null,
    ...(position ? { position: /^-?\d+$/.test(position) ? Number(position) : position } : {}),
  };
}

/** Creates (categoryId "") or saves a category; catalog:write is checked here. */
export async function saveCategoryAction(slug: string, categoryId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, FIELDS);
  try {
    const staff = await requireStaff(slug, "catalog:write");
    const actor = { kind: "user" as const, userId: staff.actor.userId };
    const input = readCategory(values);
    if (categoryId) await updateCategory(staff.store.id, actor, categoryId, input, await requestContext());
    else await createCategory(staff.store.id, actor, input, await requestContext());
  } catch (error) {
    return catalogFormError(error, values);
  }
  revalidatePath(`/dashboard/${slug}/categories`, "layout");
  redirect(`/dashboard/${slug}/categories?saved=1`);
}

export async function deleteCategoryAction(slug: string, categoryId: string, _state: TFormState, _formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "catalog:write");
    await deleteCategory(staff.store.id, { kind: "user", userId: staff.actor.userId }, categoryId, await requestContext());
  } catch (error) {
    return catalogFormError(error);
  }
  revalidatePath(`/dashboard/${slug}/categories`, "layout");
  redirect(`/dashboard/${slug}/categories?deleted=1`);
}
