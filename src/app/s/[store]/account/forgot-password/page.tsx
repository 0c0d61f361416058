import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "@/components/storefront/account/email-request-form";
import { loadStore } from "../../load-store";
import { forgotPasswordAction } from "../auth-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Forgot your password" };

export default async function CustomerForgotPasswordPage({ params }: { params: Promise<{ store: string }> }) {
  const store = await loadStore(params);
  return (
    <main className="mx-auto max-w-sm px-4 py-12">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="mt-2 text-sm text-gray-600">Enter the email of your {store.name} account and we will send you a link to choose a new password.</p>
      <EmailRequestForm action={forgotPasswordAction} submitLabel="Send reset link" pendingLabel="Sending…" />
      <p className="mt-6 text-sm">
        <Link href="/account/login" className="underline">
          Back to sign in
        </Link>
      </p>
    </main>
  );
}
