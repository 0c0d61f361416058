"use client";

import { startTransition, useActionState, useState } from "react";
import { FormMessage, SelectField, TextField } from "../fields";
import { IDLE, type TFormAction } from "../form-state";
import { ImagePicker, type TPickedImage } from "./image-picker";

type TProps = {
  action: TFormAction;
  storeSlug: string;
  /** Prefix of the dashboard's media route (dashboardMediaBase): staff URLs of new uploads. */
  mediaBase: string;
  theme: { logo: TPickedImage | null; banner: TPickedImage | null; announcement: string; themeColor: string; homeCollectionId: string };
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
      <ImagePicker name="logoMediaId" label="Logo" storeSlug={storeSlug} mediaBase={mediaBase} image={logo} onChange={setLogo} error={state.fieldErrors?.logoMediaId} saveHint="Save the theme to publish a new or removed image." />
      <ImagePicker name="bannerMediaId" label="Banner" storeSlug={storeSlug} mediaBase={mediaBase} image={banner} onChange={setBanner} error={state.fieldErrors?.bannerMediaId} saveHint="Save the theme to publish a new or removed image." />
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
