"use client";

import { startTransition, useActionState, useState } from "react";
import { FormMessage, SelectField, TextField } from "../fields";
import { IDLE, type TFormAction } from "../form-state";
import { uploadMedia } from "./upload-media";

/** The current logo or banner: `previewUrl` a small rendition (dashboard media route) or a blob: preview of a new upload. */
type TImage = { id: string; label: string; viewUrl: string | null; previewUrl: string | null };
type TProps = {
  action: TFormAction;
  storeSlug: string;
  /** Prefix of the dashboard's media route (dashboardMediaBase): staff URLs of new uploads. */
  mediaBase: string;
  theme: { logo: TImage | null; banner: TImage | null; announcement: string; themeColor: string; homeCollectionId: string };
  collections: { id: string; title: string }[];
};

/** Storefront theme: logo, banner, announcement bar, primary colour and the home page's collection. */
export function ThemeForm({ action, storeSlug, mediaBase, theme, collections }: TProps) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const [logo, setLogo] = useState(theme.logo);
  const [banner, setBanner] = useState(theme.banner);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  return (
    <form onSubmit={onSubmit} className="mt-6 max-w-xl space-y-6" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <ImagePicker name="logoMediaId" label="Logo" storeSlug={storeSlug} mediaBase={mediaBase} image={logo} onChange={setLogo} error={state.fieldErrors?.logoMediaId} />
      <ImagePicker name="bannerMediaId" label="Banner" storeSlug={storeSlug} mediaBase={mediaBase} image={banner} onChange={setBanner} error={state.fieldErrors?.bannerMediaId} />
      <TextField name="announcement" label="Announcement bar" maxLength={200} defaultValue={theme.announcement} state={state} hint="Shown above every storefront page; leave empty for none." />
      <TextField name="themeColor" label="Primary colour" defaultValue={theme.themeColor} state={state} pattern="#[0-9a-fA-F]{6}" maxLength={7} hint="A hex colour such as #0f766e." />
      <SelectField
        name="homeCollectionId"
        label="Home page collection"
        options={[{ value: "", label: "None" }, ...collections.map((c) => ({ value: c.id, label: c.title }))]}
        defaultValue={theme.homeCollectionId}
        state={state}
      />
      <button type="submit" disabled={pending} className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700 disabled:opacity-60">
        {pending ? "Saving…" : "Save theme"}
      </button>
    </form>
  );
}

function ImagePicker({ name, label, storeSlug, mediaBase, image, onChange, error }: { name: string; label: string; storeSlug: string; mediaBase: string; image: TImage | null; onChange: (image: TImage | null) => void; error?: string }) {
  const [uploading, setUploading] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const id = `theme-${name}`;
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
      <label htmlFor={id} className="block text-sm">Upload a {label.toLowerCase()} image</label>
      <input id={id} type="file" accept="image/jpeg,image/png,image/webp,image/avif" onChange={onChoose} disabled={uploading} className="block text-sm" />
      {uploading ? <p role="status" className="text-sm">Uploading…</p> : null}
      {message || error ? <p className="text-sm text-red-700">{message ?? error}</p> : null}
      <p className="text-xs text-gray-600">Save the theme to publish a new or removed image.</p>
    </fieldset>
  );
}
