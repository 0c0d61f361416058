"use client";

import { useState } from "react";
import { uploadMedia } from "./upload-media";

/** A chosen image: `previewUrl` a small rendition (dashboard media route) or a blob: preview of a new upload. */
export type TPickedImage = { id: string; label: string; viewUrl: string | null; previewUrl: string | null };

/**
 * One image of a form (a theme's logo, a category's image): the current one with a preview, a
 * remove button and an upload that adds the file to the media library and picks it. The form
 * field `name` carries the media id ("" for none); saving the form publishes the change.
 */
export function ImagePicker({
  name,
  label,
  uploadLabel = `Upload a ${label.toLowerCase()} image`,
  storeSlug,
  mediaBase,
  image,
  onChange,
  error,
  saveHint,
}: {
  name: string;
  label: string;
  uploadLabel?: string;
  storeSlug: string;
  mediaBase: string;
  image: TPickedImage | null;
  onChange: (image: TPickedImage | null) => void;
  error?: string;
  saveHint: string;
}) {
  const [uploading, setUploading] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const id = `image-${name}`;
  async function onChoose(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setUploading(true);
    setMessage(null);
    const result = await uploadMedia(storeSlug, file, "image");
    setUploading(false);
    if (result.ok) {
      const size = result.media.width && result.media.height ? ` (${result.media.width}×${result.media.height})` : "";
      onChange({ id: result.media.id, label: `${file.name}${size}`, viewUrl: result.media.urls.orig ? `${mediaBase}${result.media.urls.orig}` : null, previewUrl: URL.createObjectURL(file) });
    } else setMessage(result.message);
  }
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{label}</legend>
      <input type="hidden" name={name} value={image?.id ?? ""} />
      {image ? (
        <div className="flex items-center gap-3 text-sm">
          {image.previewUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a pre-made rendition or a local blob: preview of the chosen file
            <img src={image.previewUrl} alt="" loading="lazy" decoding="async" className="h-12 w-auto rounded border border-gray-200" />
          ) : null}
          <span>{image.label}</span>
          {image.viewUrl ? (
            <a href={image.viewUrl} target="_blank" rel="noreferrer" className="text-blue-700 underline">
              View<span className="sr-only"> {label.toLowerCase()} (opens in a new tab)</span>
            </a>
          ) : null}
          <button type="button" onClick={() => onChange(null)} className="rounded border border-gray-300 px-2 py-1 text-xs hover:bg-gray-100">
            Remove<span className="sr-only"> {label.toLowerCase()}</span>
          </button>
        </div>
      ) : (
        <p className="text-sm text-gray-600">No {label.toLowerCase()}.</p>
      )}
      <label htmlFor={id} className="block text-sm">{uploadLabel}</label>
      <input id={id} type="file" accept="image/jpeg,image/png,image/webp,image/avif" onChange={onChoose} disabled={uploading} className="block text-sm" />
      {uploading ? <p role="status" className="text-sm">Uploading…</p> : null}
      {message || error ? <p className="text-sm text-red-700">{message ?? error}</p> : null}
      <p className="text-xs text-gray-600">{saveHint}</p>
    </fieldset>
  );
}
