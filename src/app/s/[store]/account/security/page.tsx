import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountTabs } from "@/components/storefront/account/account-tabs";
import { ChangePasswordForm } from "@/components/storefront/account/change-password-form";
import { SignOutEverywhereForm } from "@/components/storefront/account/session-ending-form";
import { getCustomerProfile } from "@/server/customers";
import { requireCustomerPage } from "@/server/http";
import { loadStore } from "../../load-store";
import { changePasswordAction, signOutEverywhereAction } from "../account-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Security" };

export default async function AccountSecurityPage({ params }: { params: Promise<{ store: string }> }) {
  await loadStore(params);
  const { storeId, customerId } = await requireCustomerPage("/account/security");
  const profile = await getCustomerProfile(storeId, customerId);
  if (!profile) notFound();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold">Your account</h1>
      <div className="mt-6">
        <AccountTabs current="security" />
      </div>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-1 text-lg font-semibold">
          Change password
        </h2>
        <p className="mb-4 text-sm text-gray-600">Other devices signed in to your account will be signed out.</p>
        <ChangePasswordForm action={changePasswordAction} email={profile.email} />
      </section>
      <section aria-labelledby="devices-heading" className="mt-10">
        <h2 id="devices-heading" className="mb-1 text-lg font-semibold">
          Signed-in devices
        </h2>
        <p className="mb-4 text-sm text-gray-600">Lost a phone or used a shared computer? Sign out everywhere, this device included.</p>
        <SignOutEverywhereForm action={signOutEverywhereAction} />
      </section>
    </main>
  );
}
