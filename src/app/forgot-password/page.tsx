import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "@/components/onboarding/email-request-form";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Reset your password | ECOM" };

export default function ForgotPasswordPage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-10">
      <h1 className="text-2xl font-bold">Reset your password</h1>
      <p className="mt-2 text-sm text-gray-600">Enter the email address of your ECOM account and we will send you a link to choose a new password.</p>
      <EmailRequestForm action={requestPasswordResetAction} submitLabel="Send reset link" pendingLabel="Sending…" />
      <p className="mt-6 text-sm">
        <Link href="/login?callbackUrl=%2Fdashboard" className="font-medium text-blue-700 underline">
          Back to sign in
        </Link>
      </p>
    </main>
  );
}
