import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/onboarding/reset-password-form";
import { inspectPasswordResetToken } from "@/server/onboarding";
import { resetPasswordAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose a new password | ECOM", referrer: "no-referrer" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PROBLEMS = {
  expired: { title: "This link has expired", text: "Reset links work for one hour." },
  used: { title: "This link has been used", text: "Each reset link works once." },
  invalid: { title: "This link is not valid", text: "It may be incomplete: copy the whole link from the email." },
} as const;

export default async function ResetPasswordPage({ searchParams }: TProps) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const status = await inspectPasswordResetToken(token);
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-10">
      {status === "valid" ? (
        <>
          <h1 className="text-2xl font-bold">Choose a new password</h1>
          <p className="mt-2 text-sm text-gray-600">Setting a new password signs you out on every device.</p>
          <ResetPasswordForm action={resetPasswordAction} token={token} />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{PROBLEMS[status].title}</h1>
          <p className="mt-2 text-sm text-gray-600">{PROBLEMS[status].text}</p>
          <p className="mt-6 text-sm">
            <Link href="/forgot-password" className="font-medium text-blue-700 underline">
              Ask for a new reset link
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
