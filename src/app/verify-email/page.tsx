import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/dashboard/action-button";
import { EmailRequestForm } from "@/components/onboarding/email-request-form";
import { getPlatformActor } from "@/server/http";
import { getAccount, verifyEmail, ZNextPath, type TAccount } from "@/server/onboarding";
import { requestContext } from "../dashboard/action-helpers";
import { requestVerificationAction, resendVerificationAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Verify your email | ECOM", referrer: "no-referrer" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PROBLEMS = {
  expired: { title: "This link has expired", text: "Verification links work for one hour. Ask for a new one below." },
  used: { title: "This link has been used", text: "Each verification link works once. Ask for a new one below." },
  invalid: { title: "This link is not valid", text: "It may be incomplete: copy the whole link from the email, or ask for a new one below." },
} as const;

function Continue({ signedIn, next }: { signedIn: boolean; next: string }) {
  const href = signedIn ? next : `/login?callbackUrl=${encodeURIComponent(next)}`;
  return (
    <p className="mt-6">
      <Link href={href} className="inline-block rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700">
        {signedIn ? "Continue" : "Sign in"}
      </Link>
    </p>
  );
}

function Resend({ account, next }: { account: TAccount | null; next: string }) {
  if (account) {
    return <ActionButton action={resendVerificationAction} fields={{ next }} label="Send a new link" pendingLabel="Sending…" />;
  }
  return <EmailRequestForm action={requestVerificationAction} submitLabel="Send a new link" pendingLabel="Sending…" />;
}

/**
 * With ?token=: verifies the address (one-hour, single-use link from the mail). Without: the
 * "verify your email" page unverified users are sent to, with a resend button.
 */
export default async function VerifyEmailPage({ searchParams }: TProps) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : undefined;
  const next = ZNextPath.parse(typeof params.next === "string" ? params.next : undefined) ?? "/dashboard";
  const actor = await getPlatformActor();
  const account = actor ? await getAccount(actor.userId) : null;

  if (token !== undefined) {
    const { status } = await verifyEmail(token, await requestContext());
    if (status === "verified" || status === "already_verified") {
      return (
        <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-10">
          <h1 className="text-2xl font-bold">{status === "verified" ? "Email verified" : "Your email is already verified"}</h1>
          <p className="mt-2 text-sm text-gray-600">
            {account ? "You can continue where you left off." : "Sign in to continue setting up."}
          </p>
          <Continue signedIn={!!account} next={next} />
        </main>
      );
    }
    return (
      <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-10">
        <h1 className="text-2xl font-bold">{PROBLEMS[status].title}</h1>
        <p className="mt-2 text-sm text-gray-600">{PROBLEMS[status].text}</p>
        <div className="mt-4">
          {account?.emailVerified ? <Continue signedIn next={next} /> : <Resend account={account} next={next} />}
        </div>
      </main>
    );
  }

  if (account?.emailVerified) {
    return (
      <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-10">
        <h1 className="text-2xl font-bold">Your email is verified</h1>
        <Continue signedIn next={next} />
      </main>
    );
  }
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-10">
      <h1 className="text-2xl font-bold">Verify your email</h1>
      {account ? (
        <p className="mt-2 text-sm text-gray-600">
          We sent a verification link to <strong>{account.email}</strong>. Open it to finish setting up your account; you can create a
          store once your address is verified. The link works for one hour.
        </p>
      ) : (
        <p className="mt-2 text-sm text-gray-600">Enter your email address and we will send you a new verification link.</p>
      )}
      <div className="mt-4">
        <Resend account={account} next={next} />
      </div>
    </main>
  );
}
