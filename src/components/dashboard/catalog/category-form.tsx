"use client";

import { startTransition, useActionState, useState } from "react";
import { FormMessage, SelectField, TextField } from "../fields";
import { IDLE, type TFormAction } from "../form-state";
import { ImagePicker, type TPickedImage } from "./image-picker";
import { TextAreaField } from "./text-area-field";

type TCategoryFormData = { name: string; handle: string; parentId: string | null; position: number; description: string | null };

type TProps = {
  action: TFormAction;
  parents: { id: string; label: string }[];
  category?: TCategoryFormData;
  /** The category's current image (previews from the dashboard's media route). */
  image?: TPickedImage | null;
  storeSlug: string;
  /** Prefix of the dashboard's media route (dashboardMediaBase): staff URLs of new uploads. */
  mediaBase: string;
  submitLabel: string;
};

/** Create or edit a category: name, handle, parent (not itself or below it), position, image, description. */
export function CategoryForm({ action, parents, category, image: current, storeSlug, mediaBase, submitLabel }: TProps) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const [image, setImage] = useState(current ?? null);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <TextField name="name" label="Name" required maxLength={150} defaultValue={category?.name} state={state} />
      <TextField name="handle" label="Handle" maxLength={150} defaultValue={category?.handle} state={state} hint="The category's address (/categories/handle). Left empty, it is made from the name." />
      <SelectField name="parentId" label="Parent category" options={[{ value: "", label: "None (top level)" }, ...parents.map((p) => ({ value: p.id, label: p.label }))]} defaultValue={category?.parentId ?? ""} state={state} />
      <TextField name="position" label="Position" type="number" min={0} defaultValue={category?.position ?? ""} state={state} hint="Lower numbers come first among the same parent's categories. Left empty, a new category goes last." />
      <ImagePicker name="imageId" label="Image" uploadLabel="Upload an image" storeSlug={storeSlug} mediaBase={mediaBase} image={image} onChange={setImage} error={state.fieldErrors?.imageId} saveHint="Shown on the home page's category tiles and at the top of the category page; save to publish." />
      <TextAreaField name="description" label="Description" rows={4} defaultValue={category?.description ?? ""} error={state.fieldErrors?.description} />
      <button type="submit" disabled={pending} className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700 disabled:opacity-60">
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
