import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { firstFieldErrors, firstValues, type TRawSearchParams } from "@/components/admin/search-params";
import { UtcTime } from "@/components/admin/utc-time";
import { listCustomers, ZCustomerListQuery } from "@/server/customers";
import { requireStaffPage } from "@/server/http";
import { DataTable } from "@/components/dashboard/data-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Customers" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<TRawSearchParams> };

/** The store's customers (customers:read): search by email, page through, open one. */
export default async function CustomersPage({ params, searchParams }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "customers:read");
  const raw = firstValues(await searchParams);
  const parsed = ZCustomerListQuery.safeParse({ q: raw.q, page: raw.page });
  const result = parsed.success ? await listCustomers(staff.store.id, parsed.data) : null;
  const errors = parsed.success ? {} : firstFieldErrors(parsed.error);
  const path = `/dashboard/${staff.store.slug}/customers`;
  const canExport = staff.permissions.includes("customers:export");
  return (
    <main>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Customers</h1>
          <p className="mt-1 text-sm text-gray-600">Shoppers with an account at {staff.store.name}, newest first. Times are UTC.</p>
        </div>
        {canExport ? (
          <a href={`${path}/export`} download className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium hover:bg-gray-100">
            Export CSV
          </a>
        ) : null}
      </div>
      <form method="get" action={path} className="mt-6 flex flex-wrap items-end gap-3" role="search">
        <div className="min-w-64 flex-1">
          <label htmlFor="customer-search" className="block text-sm font-medium text-gray-900">
            Search by email
          </label>
          <input
            id="customer-search"
            name="q"
            type="search"
            defaultValue={raw.q ?? ""}
            maxLength={254}
            aria-invalid={errors.q ? true : undefined}
            aria-describedby={`customer-search-hint${errors.q ? " customer-search-error" : ""}`}
            className="mt-1 block w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm"
          />
          <p id="customer-search-hint" className="mt-1 text-xs text-gray-600">
            Matches any part of the email address. Names and phone numbers are stored encrypted and cannot be searched.
          </p>
          {errors.q ? (
            <p id="customer-search-error" className="mt-1 text-sm text-red-700">
              {errors.q}
            </p>
          ) : null}
        </div>
        <button type="submit" className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700">
          Search
        </button>
      </form>
      {result ? (
        <>
          <p className="mt-4 text-sm text-gray-600" aria-live="polite">
            {result.total} {result.total === 1 ? "customer" : "customers"}
            {result.q ? ` with “${result.q}” in their email` : ""}.
          </p>
          {result.items.length ? (
            <DataTable className="mt-3" caption={<>Customers of {staff.store.name}</>} columns={["Email", "Name", "Email verified", "Marketing", "Registered"]}>
              <tbody className="divide-y divide-gray-200">
                {result.items.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className="px-4 py-3 font-medium">
                      <Link href={`${path}/${c.id}`} className="text-blue-700 underline">
                        {c.email}
                      </Link>
                    </th>
                    <td className="px-4 py-3">{c.name ?? <span className="text-gray-500">None</span>}</td>
                    <td className="px-4 py-3">{c.emailVerifiedAt ? "Yes" : "No"}</td>
                    <td className="px-4 py-3">{c.marketingConsent ? "Opted in" : "No"}</td>
                    <td className="px-4 py-3">
                      <UtcTime at={c.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : null}
          <Pagination path={path} params={{ q: result.q }} page={result.page} pageCount={result.pageCount} />
        </>
      ) : (
        <p className="mt-4 text-sm text-red-700" role="alert">
          Fix the search above to see customers.
        </p>
      )}
    </main>
  );
}
