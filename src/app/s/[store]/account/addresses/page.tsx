import type { Metadata } from "next";
import Link from "next/link";
import { AccountTabs } from "@/components/storefront/account/account-tabs";
import { countryOptions, listCustomerAddresses, MAX_ADDRESSES } from "@/server/customers";
import { requireCustomerPage } from "@/server/http";
import { loadStore } from "../../load-store";
import { deleteAddressAction, setDefaultAddressAction } from "../address-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your addresses" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = { saved: "Address saved.", deleted: "Address deleted.", default: "Default address changed." };

export default async function AccountAddressesPage({ params, searchParams }: TProps) {
  await loadStore(params);
  const { storeId, customerId } = await requireCustomerPage("/account/addresses");
  const [addresses, query] = await Promise.all([listCustomerAddresses(storeId, customerId), searchParams]);
  const countries = new Map(countryOptions().map((c) => [c.value, c.label]));
  const notice = Object.keys(NOTICES).find((k) => query[k] === "1");
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold">Your account</h1>
      <div className="mt-6">
        <AccountTabs current="addresses" />
      </div>
      <div className="flex items-center justify-between gap-4">
        <h2 className="text-lg font-semibold">Saved addresses</h2>
        {addresses.length < MAX_ADDRESSES ? (
          <Link href="/account/addresses/new" className="rounded-md bg-[var(--store-primary,#111827)] px-4 py-2 text-sm font-medium text-white hover:opacity-90">
            Add an address
          </Link>
        ) : null}
      </div>
      {notice ? (
        <p role="status" className="mt-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {NOTICES[notice]}
        </p>
      ) : null}
      {addresses.length === 0 ? (
        <p className="mt-6 text-gray-600">You have no saved addresses yet.</p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {addresses.map((a) => (
            <li key={a.id} className="rounded-md border border-gray-200 p-4" aria-label={`Address: ${a.line1}`}>
              {a.isDefault ? <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-gray-600">Default address</p> : null}
              <address className="not-italic leading-relaxed">
                {a.name}
                <br />
                {a.company ? (
                  <>
                    {a.company}
                    <br />
                  </>
                ) : null}
                {a.line1}
                <br />
                {a.line2 ? (
                  <>
                    {a.line2}
                    <br />
                  </>
                ) : null}
                {[a.city, a.region, a.postalCode].filter(Boolean).join(", ")}
                <br />
                {countries.get(a.country) ?? a.country}
                {a.phone ? (
                  <>
                    <br />
                    {a.phone}
                  </>
                ) : null}
              </address>
              <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
                <Link href={`/account/addresses/${a.id}`} className="underline">
                  Edit<span className="sr-only"> {a.line1}</span>
                </Link>
                {a.isDefault ? null : (
                  <form action={setDefaultAddressAction}>
                    <input type="hidden" name="addressId" value={a.id} />
                    <button type="submit" className="underline">
                      Make default<span className="sr-only"> {a.line1}</span>
                    </button>
                  </form>
                )}
                <form action={deleteAddressAction}>
                  <input type="hidden" name="addressId" value={a.id} />
                  <button type="submit" className="text-red-700 underline">
                    Delete<span className="sr-only"> {a.line1}</span>
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
