"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TFormState } from "@/components/dashboard/form-state";
import { createCollection, deleteCollection, listProducts, updateCollection } from "@/server/catalog";
import { requireStaff } from "@/server/http";
import { formValues, requestContext } from "../../action-helpers";
import { catalogFormError } from "../products/catalog-form-error";

/** Creates (collectionId "") or saves a collection: title, handle and the ordered product ids. */
export async function saveCollectionAction(slug: string, collectionId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["title", "handle"]);
  try {
    const staff = await requireStaff(slug, "catalog:write");
    const actor = { kind: "user" as const, userId: staff.actor.userId };
    const input = { ...values, productIds: formData.getAll("productIds").map(String) };
    if (collectionId) await updateCollection(staff.store.id, actor, collectionId, input, await requestContext());
    else await createCollection(staff.store.id, actor, input, await requestContext());
  } catch (error) {
    return catalogFormError(error, values);
  }
  revalidatePath(`/dashboard/${slug}/collections`, "layout");
  redirect(`/dashboard/${slug}/collections?saved=1`);
}

export async function deleteCollectionAction(slug: string, collectionId: string, _state: TFormState, _formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "catalog:write");
    await deleteCollection(staff.store.id, { kind: "user", userId: staff.actor.userId }, collectionId, await requestContext());
  } catch (error) {
    return catalogFormError(error);
  }
  revalidatePath(`/dashboard/${slug}/collections`, "layout");
  redirect(`/dashboard/${slug}/collections?deleted=1`);
}

export type TPickerProduct = { id: string; title: string; handle: string; status: string };

/** The collection editor's product search (first 20 matches by relevance). */
export async function searchProductsAction(slug: string, q: string): Promise<{ ok: true; items: TPickerProduct[] } | { ok: false; message: string }> {
  try {
    const staff = await requireStaff(slug, "catalog:write");
    const page = await listProducts(staff.store.id, { q, pageSize: 20 });
    return { ok: true, items: page.items.map((p) => ({ id: p.id, title: p.title, handle: p.handle, status: p.status })) };
  } catch (error) {
    const state = catalogFormError(error);
    return { ok: false, message: state.fieldErrors?.q ?? state.message ?? "Search failed" };
  }
}
