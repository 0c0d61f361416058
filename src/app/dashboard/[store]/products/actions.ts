"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TFormState } from "@/components/dashboard/form-state";
import { createProduct, deleteProduct, setProductsStatus, updateProduct } from "@/server/catalog";
import { setProductMedia } from "@/server/catalog";
import { requireStaff } from "@/server/http";
import { updateMediaAlt } from "@/server/media";
import { formValues, requestContext } from "../../action-helpers";
import { catalogFormError } from "./catalog-form-error";
import { PRODUCT_TEXT_FIELDS, readProductForm } from "./product-form-data";

/**
 * Server actions of the product pages. Each checks catalog:write itself (never trusting the
 * page), then makes one catalog call; a refusal comes back as field errors and writes nothing.
 */

const staffActor = (staff: { actor: { userId: string } }) => ({ kind: "user" as const, userId: staff.actor.userId });
const productsPath = (slug: string) => `/dashboard/${slug}/products`;

/** Creates (productId "") or saves a product; "Generate variants" regenerates them from the options. */
export async function saveProductAction(slug: string, productId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const intent = formData.get("intent") === "generate" ? "generate" : "save";
  const values = formValues(formData, PRODUCT_TEXT_FIELDS);
  let id = productId;
  try {
    const staff = await requireStaff(slug, "catalog:write");
    const input = readProductForm(formData, intent);
    const context = await requestContext();
    id = productId
      ? (await updateProduct(staff.store.id, staffActor(staff), productId, input, context)).id
      : (await createProduct(staff.store.id, staffActor(staff), input, context)).id;
  } catch (error) {
    return catalogFormError(error, values);
  }
  revalidatePath(productsPath(slug), "layout");
  redirect(`${productsPath(slug)}/${id}?saved=${productId ? (intent === "generate" ? "variants" : "saved") : "created"}`);
}

/** Deletes a product (after the page's confirmation) and returns to the list. */
export async function deleteProductAction(slug: string, productId: string, _state: TFormState, _formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "catalog:write");
    await deleteProduct(staff.store.id, staffActor(staff), productId, await requestContext());
  } catch (error) {
    return catalogFormError(error);
  }
  revalidatePath(productsPath(slug), "layout");
  redirect(`${productsPath(slug)}?deleted=1`);
}

/** The list's bulk action: the checked products' ids and the status of the button pressed. */
export async function setProductsStatusAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const status = String(formData.get("status") ?? "");
  try {
    const staff = await requireStaff(slug, "catalog:write");
    const { count } = await setProductsStatus(staff.store.id, staffActor(staff), { ids: formData.getAll("ids").map(String), status }, await requestContext());
    revalidatePath(productsPath(slug), "layout");
    const label = status === "ACTIVE" ? "active" : status === "DRAFT" ? "draft" : "archived";
    return { status: "ok", message: count === 1 ? `1 product set to ${label}.` : `${count} products set to ${label}.` };
  } catch (error) {
    return catalogFormError(error);
  }
}

/** Saves the gallery: `media` is a JSON list of image ids in display order. */
export async function setProductMediaAction(slug: string, productId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "catalog:write");
    const ids = JSON.parse(String(formData.get("media") ?? "[]")) as unknown;
    const items = Array.isArray(ids) ? ids.map((mediaId, position) => ({ mediaId, position })) : ids;
    const product = await setProductMedia(staff.store.id, staffActor(staff), productId, items, await requestContext());
    revalidatePath(`${productsPath(slug)}/${productId}`);
    return { status: "ok", message: "Images saved.", data: { media: JSON.stringify(product.mediaIds) } };
  } catch (error) {
    if (error instanceof SyntaxError) return { status: "error", message: "The image list could not be read: reload the page." };
    return catalogFormError(error);
  }
}

/** Saves one image's alt text (an empty text clears it). */
export async function updateMediaAltAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["alt"]);
  const mediaId = String(formData.get("mediaId") ?? "");
  try {
    const staff = await requireStaff(slug, "catalog:write");
    await updateMediaAlt(staff.store.id, staffActor(staff), mediaId, { alt: values.alt }, await requestContext());
  } catch (error) {
    return catalogFormError(error, values);
  }
  return { status: "ok", message: "Alt text saved.", values };
}
