import type { Metadata } from "next";
import { ChangePasswordForm, SignOutEverywhereForm } from "@/components/dashboard/account-forms";
import { requireAccount } from "../require-account";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const account = await requireAccount("/dashboard/account");
  return (
    <main className="mx-auto max-w-6xl space-y-10 px-4 py-8">
      <section aria-labelledby="account-heading">
        <h1 id="account-heading" className="text-2xl font-bold">
          Your account
        </h1>
        <dl className="mt-4 grid max-w-xl gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-gray-500">Name</dt>
            <dd className="font-medium">{account.name}</dd>
          </div>
          <div>
            <dt className="text-gray-500">Email</dt>
            <dd className="font-medium">
              {account.email} {account.emailVerified ? <span className="text-green-800">(verified)</span> : <span className="text-amber-800">(not verified)</span>}
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change password
        </h2>
        <p className="mt-1 text-sm text-gray-600">Changing your password signs you out on every other device; you stay signed in here.</p>
        <ChangePasswordForm action={changePasswordAction} email={account.email} />
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sessions
        </h2>
        <p className="mt-1 text-sm text-gray-600">Lost a device or signed in somewhere you should not have? End every session, including this one.</p>
        <SignOutEverywhereForm action={signOutEverywhereAction} />
      </section>
    </main>
  );
}
