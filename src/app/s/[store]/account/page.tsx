import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountTabs, formatStoreTime } from "@/components/storefront/account/account-tabs";
import { ProfileForm } from "@/components/storefront/account/profile-form";
import { ResendVerificationForm } from "@/components/storefront/account/resend-verification-form";
import { getCustomerProfile } from "@/server/customers";
import { requireCustomerPage } from "@/server/http";
import { loadStore } from "../load-store";
import { resendVerificationAction, updateProfileAction } from "./account-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

export default async function AccountProfilePage({ params }: { params: Promise<{ store: string }> }) {
  const store = await loadStore(params);
  const { storeId, customerId } = await requireCustomerPage("/account");
  const profile = await getCustomerProfile(storeId, customerId);
  if (!profile) notFound();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold">Your account</h1>
      <p className="mt-1 text-sm text-gray-600">Member since {formatStoreTime(profile.createdAt, store.timeZone)}.</p>
      <div className="mt-6">
        <AccountTabs current="profile" />
      </div>
      {profile.emailVerifiedAt ? null : (
        <section aria-labelledby="verify-heading" className="mb-8 rounded-md border border-amber-300 bg-amber-50 p-4">
          <h2 id="verify-heading" className="font-semibold">
            Please verify your email
          </h2>
          <p className="mt-1 text-sm text-gray-700">We sent you a link when you registered. It works for one hour.</p>
          <ResendVerificationForm action={resendVerificationAction} />
        </section>
      )}
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="mb-4 text-lg font-semibold">
          Profile
        </h2>
        <ProfileForm action={updateProfileAction} email={profile.email} name={profile.name} phone={profile.phone} />
      </section>
    </main>
  );
}
