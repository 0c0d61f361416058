import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/storefront/account/reset-password-form";
import { loadStore } from "../../load-store";
import { resetPasswordAction } from "../auth-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomerResetPasswordPage({ params, searchParams }: TProps) {
  await loadStore(params);
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  return (
    <main className="mx-auto max-w-sm px-4 py-12">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {token ? (
        <ResetPasswordForm action={resetPasswordAction} token={token} />
      ) : (
        <p role="alert" className="mt-4 text-sm text-red-800">
          This page needs the link from your reset email.{" "}
          <Link href="/account/forgot-password" className="underline">
            Ask for a new link
          </Link>
          .
        </p>
      )}
    </main>
  );
}
