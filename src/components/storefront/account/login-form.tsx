"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormMessage, SubmitButton } from "./field";

type TProps = {
  callbackUrl: string;
  /** How long a lock lasts, in minutes (the most a locked-out customer waits). */
  lockMinutes: number;
};

/**
 * Customer sign-in on the store's own host: next-auth's client posts to this host's
 * /api/auth, which is the store's customer realm. A locked account or IP answers 429.
 */
export function CustomerLoginForm({ callbackUrl, lockMinutes }: TProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const tooMany = `Too many attempts; try again in ${lockMinutes} ${lockMinutes === 1 ? "minute" : "minutes"}.`;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.push(callbackUrl);
        router.refresh();
        return;
      }
      setError(result?.status === 429 || result?.error === "RateLimited" ? tooMany : "That email and password do not match an account at this store.");
    } catch {
      setError("We could not sign you in just now. Wait a moment and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <FormMessage error={error ?? undefined} />
      <div className="flex items-center justify-between gap-4">
        <SubmitButton pending={pending} pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
        <Link href="/account/forgot-password" className="text-sm underline">
          Forgot your password?
        </Link>
      </div>
    </form>
  );
}
