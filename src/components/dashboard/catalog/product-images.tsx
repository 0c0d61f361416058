"use client";

import { startTransition, useActionState, useState } from "react";
import { FormMessage } from "../fields";
import { IDLE, type TFormAction } from "../form-state";
import { uploadMedia } from "./upload-media";

/**
 * One gallery image: `thumbnailUrl` is a small rendition from the dashboard's media route (or a
 * blob: preview of a file just uploaded), `viewUrl` the full-size copy from the same route.
 */
export type TProductImage = { id: string; alt: string | null; width: number | null; height: number | null; thumbnailUrl: string | null; viewUrl: string | null };

type TProps = {
  storeSlug: string;
  /** Prefix of the dashboard's media route (dashboardMediaBase): staff URLs of new uploads. */
  mediaBase: string;
  images: TProductImage[];
  saveAction: TFormAction;
  /** Saves one image's alt text: the form sends mediaId and alt. */
  altAction: TFormAction;
};

const small = "rounded border border-gray-300 bg-white px-2 py-1 text-xs font-medium hover:bg-gray-100 disabled:opacity-50";

/**
 * The product's gallery: upload several images, reorder them, remove them, then "Save
 * images" stores the order (setProductMedia). Alt text is saved per image. Thumbnails come from
 * the dashboard's own media route (the storefront's host is another origin, which the
 * dashboard's CSP does not load images from); a new upload shows the browser's blob: preview.
 */
export function ProductImages({ storeSlug, mediaBase, images: initial, saveAction, altAction }: TProps) {
  const [images, setImages] = useState(initial);
  const [uploading, setUploading] = useState(0);
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [state, dispatch, pending] = useActionState(saveAction, IDLE);

  // The last saved gallery: the one the page loaded with, or the one the last save stored.
  const savedIds = state.status === "ok" && state.data?.media ? state.data.media : JSON.stringify(initial.map((i) => i.id));
  const dirty = JSON.stringify(images.map((i) => i.id)) !== savedIds;
  const change = setImages;
  const move = (i: number, by: -1 | 1) => {
    const next = [...images];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    change(next);
  };

  async function onChoose(event: React.ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    if (!files.length) return;
    setUploading(files.length);
    setUploadErrors([]);
    const added: TProductImage[] = [];
    const errors: string[] = [];
    for (const file of files) {
      const result = await uploadMedia(storeSlug, file, "image");
      if (result.ok) added.push({ id: result.media.id, alt: result.media.alt, width: result.media.width, height: result.media.height, thumbnailUrl: URL.createObjectURL(file), viewUrl: result.media.urls.orig ? `${mediaBase}${result.media.urls.orig}` : null });
      else errors.push(result.message);
      setUploading((n) => n - 1);
    }
    setUploadErrors(errors);
    if (added.length) change([...images, ...added]);
  }

  function save() {
    const data = new FormData();
    data.set("media", JSON.stringify(images.map((image) => image.id)));
    startTransition(() => dispatch(data));
  }

  return (
    <section aria-labelledby="product-images" className="mt-10 space-y-4">
      <h2 id="product-images" className="text-lg font-semibold">Images</h2>
      <FormMessage state={state} />
      <div>
        <label htmlFor="image-upload" className="block text-sm font-medium">Upload images</label>
        <input id="image-upload" type="file" multiple accept="image/jpeg,image/png,image/webp,image/avif" onChange={onChoose} disabled={uploading > 0} aria-describedby="image-upload-hint" className="mt-1 block text-sm" />
        <p id="image-upload-hint" className="mt-1 text-xs text-gray-600">JPEG, PNG, WebP or AVIF. New images show on the storefront after you save the images.</p>
        {uploading > 0 ? <p role="status" className="mt-1 text-sm">Uploading {uploading} image{uploading === 1 ? "" : "s"}…</p> : null}
        {uploadErrors.length ? (
          <ul role="alert" className="mt-1 list-disc pl-5 text-sm text-red-700">
            {uploadErrors.map((e) => <li key={e}>{e}</li>)}
          </ul>
        ) : null}
      </div>
      {images.length === 0 ? <p className="text-sm text-gray-600">No images.</p> : null}
      <ol className="space-y-3" aria-label="Gallery order">
        {images.map((image, i) => (
          <li key={image.id} className="flex flex-wrap items-start gap-4 rounded-md border border-gray-200 p-3">
            <div className="flex h-20 w-20 items-center justify-center overflow-hidden rounded bg-gray-100 text-xs text-gray-500">
              {image.thumbnailUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- a pre-made rendition or a local blob: preview, not an optimisable URL
                <img src={image.thumbnailUrl} alt={image.alt ?? ""} width={80} height={80} loading="lazy" decoding="async" className="h-full w-full object-cover" />
              ) : (
                <span>{image.width && image.height ? `${image.width}×${image.height}` : "Image"}</span>
              )}
            </div>
            <div className="min-w-0 flex-1 space-y-2">
              <p className="text-sm font-medium">
                Image {i + 1}
                {i === 0 ? <span className="ml-2 text-xs text-gray-600">(main image)</span> : null}
                {image.viewUrl ? (
                  <a href={image.viewUrl} target="_blank" rel="noreferrer" className="ml-3 text-xs text-blue-700 underline">
                    View<span className="sr-only"> image {i + 1} (opens in a new tab)</span>
                  </a>
                ) : null}
              </p>
              <AltTextForm key={`${image.id}-alt`} index={i} mediaId={image.id} alt={image.alt} action={altAction} />
            </div>
            <div className="flex gap-2">
              <button type="button" className={small} onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move image ${i + 1} up`}>Up</button>
              <button type="button" className={small} onClick={() => move(i, 1)} disabled={i === images.length - 1} aria-label={`Move image ${i + 1} down`}>Down</button>
              <button type="button" className={small} onClick={() => change(images.filter((x) => x.id !== image.id))} aria-label={`Remove image ${i + 1}`}>Remove</button>
            </div>
          </li>
        ))}
      </ol>
      <div className="flex items-center gap-3">
        <button type="button" onClick={save} disabled={pending || uploading > 0} className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700 disabled:opacity-60">
          {pending ? "Saving…" : "Save images"}
        </button>
        {dirty ? <span className="text-sm text-amber-800">Unsaved changes to the images.</span> : null}
      </div>
    </section>
  );
}

function AltTextForm({ index, mediaId, alt, action }: { index: number; mediaId: string; alt: string | null; action: TFormAction }) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const id = `alt-${index}`;
  const error = state.fieldErrors?.alt;
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="mediaId" value={mediaId} />
      <div className="min-w-48 flex-1">
        <label htmlFor={id} className="block text-xs font-medium">Alt text of image {index + 1}</label>
        <input id={id} name="alt" defaultValue={alt ?? ""} maxLength={255} aria-invalid={error ? true : undefined} className="mt-1 block w-full rounded border border-gray-300 px-2 py-1 text-sm" />
      </div>
      <button type="submit" disabled={pending} className={small}>
        Save alt text<span className="sr-only"> of image {index + 1}</span>
      </button>
      {state.status === "ok" ? <span role="status" className="text-xs text-green-800">Saved</span> : null}
      {state.status === "error" ? <span role="alert" className="text-xs text-red-700">{error ?? state.message}</span> : null}
    </form>
  );
}
