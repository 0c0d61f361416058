import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/dashboard/action-button";
import { SignOutButton } from "@/components/dashboard/sign-out-button";
import { ROLE_LABELS } from "@/server/access";
import { getPlatformActor } from "@/server/http";
import { getAccount } from "@/server/onboarding";
import { inspectInvitation } from "@/server/staff";
import { acceptInvitationAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff invitation | ECOM", referrer: "no-referrer", robots: { index: false } };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PROBLEMS = {
  invalid: { title: "This invitation link is not valid", text: "It may be incomplete: copy the whole link from the email." },
  expired: { title: "This invitation has expired", text: "Invitations work for 7 days. Ask the store's owner or an admin to invite you again." },
  revoked: { title: "This invitation was withdrawn", text: "Ask the store's owner or an admin if you think this is a mistake." },
  accepted: { title: "This invitation has been used", text: "Each invitation works once. If it was you, your stores are in your dashboard." },
} as const;

function Shell({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="mt-3 space-y-4 text-sm text-gray-700">{children}</div>
    </main>
  );
}

/** /invitations/accept?store=<slug>&token=...: who is invited where, and the way to accept. */
export default async function AcceptInvitationPage({ searchParams }: TProps) {
  const params = await searchParams;
  const link = { store: typeof params.store === "string" ? params.store : "", token: typeof params.token === "string" ? params.token : "" };
  const invitation = await inspectInvitation(link);
  if (invitation.status !== "valid") {
    const problem = PROBLEMS[invitation.status];
    return (
      <Shell title={problem.title}>
        <p>{problem.text}</p>
        <p>
          <Link href="/dashboard" className="font-medium text-blue-700 underline">
            Go to your dashboard
          </Link>
        </p>
      </Shell>
    );
  }

  const here = `/invitations/accept?${new URLSearchParams(link).toString()}`;
  const title = `Join ${invitation.store.name}`;
  const role = ROLE_LABELS[invitation.role];
  const actor = await getPlatformActor();
  const account = actor ? await getAccount(actor.userId) : null;

  if (!account) {
    return (
      <Shell title={title}>
        <p>
          You are invited to the staff of <strong>{invitation.store.name}</strong> as <strong>{role}</strong>. The invitation was sent to{" "}
          <strong>{invitation.email}</strong>: sign in with that address, or create an account with it, to accept.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/login?callbackUrl=${encodeURIComponent(here)}`} className="rounded-md bg-gray-900 px-4 py-2 font-medium text-white hover:bg-gray-700">
            Sign in
          </Link>
          <Link href={`/signup?callbackUrl=${encodeURIComponent(here)}`} className="rounded-md border border-gray-300 bg-white px-4 py-2 font-medium hover:bg-gray-100">
            Create an account
          </Link>
        </div>
      </Shell>
    );
  }
  if (account.email !== invitation.email) {
    return (
      <Shell title={title}>
        <p>
          This invitation was sent to <strong>{invitation.email}</strong>, but you are signed in as <strong>{account.email}</strong>. Sign out,
          then sign in or create an account with the invited address.
        </p>
        <SignOutButton label="Sign out and continue" returnTo={here} />
      </Shell>
    );
  }
  if (!account.emailVerified) {
    return (
      <Shell title={title}>
        <p>Verify your email address first: open the link we sent to {account.email}, then come back to this invitation.</p>
        <Link href={`/verify-email?next=${encodeURIComponent(here)}`} className="font-medium text-blue-700 underline">
          Send a new verification link
        </Link>
      </Shell>
    );
  }
  return (
    <Shell title={title}>
      <p>
        You are invited to the staff of <strong>{invitation.store.name}</strong> as <strong>{role}</strong>.
      </p>
      <ActionButton action={acceptInvitationAction} fields={link} label="Accept invitation" pendingLabel="Joining…" />
    </Shell>
  );
}
