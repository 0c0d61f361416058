import type { Metadata } from "next";
import Link from "next/link";
import { AccountTabs } from "@/components/storefront/account/account-tabs";
import { AddressForm } from "@/components/storefront/account/address-form";
import { countryOptions } from "@/server/customers";
import { requireCustomerPage } from "@/server/http";
import { loadStore } from "../../../load-store";
import { createAddressAction } from "../../address-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add an address" };

export default async function NewAddressPage({ params }: { params: Promise<{ store: string }> }) {
  const store = await loadStore(params);
  await requireCustomerPage("/account/addresses/new");
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold">Your account</h1>
      <div className="mt-6">
        <AccountTabs current="addresses" />
      </div>
      <h2 className="mb-4 text-lg font-semibold">Add an address</h2>
      <AddressForm action={createAddressAction} countries={countryOptions()} defaultCountry={store.country} submitLabel="Save address" />
      <Link href="/account/addresses" className="mt-6 inline-block text-sm underline">
        Back to your addresses
      </Link>
    </main>
  );
}
