import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountTabs, formatStoreTime } from "@/components/storefront/account/account-tabs";
import { ConsentForm } from "@/components/storefront/account/consent-form";
import { DeleteAccountForm } from "@/components/storefront/account/session-ending-form";
import { getCustomerProfile } from "@/server/customers";
import { requireCustomerPage } from "@/server/http";
import { loadStore } from "../../load-store";
import { deleteAccountAction, updateConsentAction } from "../account-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Privacy and data" };

export default async function AccountPrivacyPage({ params }: { params: Promise<{ store: string }> }) {
  const store = await loadStore(params);
  const { storeId, customerId } = await requireCustomerPage("/account/privacy");
  const profile = await getCustomerProfile(storeId, customerId);
  if (!profile) notFound();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold">Your account</h1>
      <div className="mt-6">
        <AccountTabs current="privacy" />
      </div>
      <section aria-labelledby="consent-heading">
        <h2 id="consent-heading" className="mb-3 text-lg font-semibold">
          Marketing email
        </h2>
        <ConsentForm
          action={updateConsentAction}
          storeName={store.name}
          consent={profile.marketingConsent}
          changedAt={profile.marketingConsentAt ? formatStoreTime(profile.marketingConsentAt, store.timeZone) : null}
        />
      </section>
      <section aria-labelledby="download-heading" className="mt-10">
        <h2 id="download-heading" className="mb-2 text-lg font-semibold">
          Download my data
        </h2>
        <p className="mb-3 text-sm text-gray-700">
          A JSON file with everything {store.name} holds about you: your profile, addresses, marketing choice and the activity recorded on your
          account.
        </p>
        <a href="/account/export" download className="inline-block rounded-md border border-gray-300 px-4 py-2 font-medium hover:bg-gray-50">
          Download my data
        </a>
      </section>
      <section aria-labelledby="delete-heading" className="mt-10 rounded-md border border-red-200 p-4">
        <h2 id="delete-heading" className="mb-2 text-lg font-semibold text-red-800">
          Delete my account
        </h2>
        <p className="mb-4 text-sm text-gray-700">
          This erases your name, email, phone and addresses at {store.name} and signs you out everywhere. It cannot be undone. Records the
          store must keep, such as orders, stay without your personal details.
        </p>
        <DeleteAccountForm action={deleteAccountAction} />
      </section>
    </main>
  );
}
