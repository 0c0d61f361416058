"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton, TextField } from "./fields";
import { IDLE, type TFormAction } from "./form-state";

type TSettings = { name: string; themeColor: string; timeZone: string };

export function StoreSettingsForm({ action, settings, timeZones }: { action: TFormAction; settings: TSettings; timeZones: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-6 max-w-xl space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField name="name" label="Store name" required maxLength={120} defaultValue={settings.name} state={state} />
      <TextField
        name="themeColor"
        label="Theme colour"
        defaultValue={settings.themeColor}
        state={state}
        pattern="#[0-9a-fA-F]{6}"
        maxLength={7}
        hint="A hex colour such as #0f766e; the storefront header uses it."
      />
      <SelectField name="timeZone" label="Time zone" options={timeZones} defaultValue={settings.timeZone} state={state} />
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
