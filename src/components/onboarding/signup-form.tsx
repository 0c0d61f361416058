"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/dashboard/fields";
import { IDLE, type TFormAction } from "@/components/dashboard/form-state";

/**
 * Merchant sign-up. Success shows the same "check your email" panel whether the address was
 * new or registered already (the server sends a different mail, the page cannot tell).
 */
export function SignupForm({ action, next, loginHref }: { action: TFormAction; next?: string; loginHref: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  if (state.status === "ok") {
    return (
      <section aria-labelledby="check-email" className="mt-6 rounded-lg border border-gray-200 bg-white p-6">
        <h2 id="check-email" className="text-lg font-semibold">
          Check your email
        </h2>
        <p className="mt-2 text-sm text-gray-700">
          We sent a message to <strong>{state.values?.email}</strong>. Open the link in it within an hour to verify your address,
          then sign in.
        </p>
        <p className="mt-4 text-sm">
          <Link href={loginHref} className="font-medium text-blue-700 underline">
            Go to sign in
          </Link>
        </p>
      </section>
    );
  }
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormMessage state={state} />
      <TextField name="name" label="Your name" autoComplete="name" required state={state} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required state={state} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        state={state}
        hint="At least 8 characters. Very common passwords are refused."
      />
      <SubmitButton className="w-full" pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
      <p className="text-sm text-gray-600">
        Already have an account?{" "}
        <Link href={loginHref} className="font-medium text-blue-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
