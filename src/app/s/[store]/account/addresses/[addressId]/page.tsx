import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountTabs } from "@/components/storefront/account/account-tabs";
import { AddressForm } from "@/components/storefront/account/address-form";
import { countryOptions, getCustomerAddress } from "@/server/customers";
import { requireCustomerPage } from "@/server/http";
import { loadStore } from "../../../load-store";
import { updateAddressAction } from "../../address-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit address" };

type TProps = { params: Promise<{ store: string; addressId: string }> };

export default async function EditAddressPage({ params }: TProps) {
  const store = await loadStore(params);
  const { addressId } = await params;
  const { storeId, customerId } = await requireCustomerPage(`/account/addresses/${encodeURIComponent(addressId)}`);
  const address = await getCustomerAddress(storeId, customerId, addressId);
  if (!address) notFound();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold">Your account</h1>
      <div className="mt-6">
        <AccountTabs current="addresses" />
      </div>
      <h2 className="mb-4 text-lg font-semibold">Edit address</h2>
      <AddressForm
        action={updateAddressAction.bind(null, address.id)}
        countries={countryOptions()}
        initial={address}
        defaultCountry={store.country}
        submitLabel="Save changes"
      />
      <Link href="/account/addresses" className="mt-6 inline-block text-sm underline">
        Back to your addresses
      </Link>
    </main>
  );
}
