import Link from "next/link";
import { FilterButton, FilterField, inputClass } from "@/components/admin/filter-field";
import { Pagination } from "@/components/admin/pagination";
import { firstFieldErrors, firstValues, type TRawSearchParams } from "@/components/admin/search-params";
import { StatusBadge } from "@/components/admin/status-badge";
import { UtcTime } from "@/components/admin/utc-time";
import { requirePlatformAdminPage } from "@/server/http";
import { listStores, ZStoreListQuery } from "@/server/platform-admin";

export const metadata = { title: "Stores | ECOM admin" };
export const dynamic = "force-dynamic";

/** Every store on the platform: search, status filter, sort by creation, pages of 50. */
export default async function AdminStoresPage({ searchParams }: { searchParams: Promise<TRawSearchParams> }) {
  await requirePlatformAdminPage("/admin");
  const raw = firstValues(await searchParams);
  const values = { q: raw.q, status: raw.status, sort: raw.sort };
  const parsed = ZStoreListQuery.safeParse({ ...values, page: raw.page });
  const errors = parsed.success ? {} : firstFieldErrors(parsed.error);
  const result = parsed.success ? await listStores(parsed.data) : null;
  return (
    <main>
      <h1 className="text-2xl font-bold">Stores</h1>
      <form method="get" action="/admin" className="mt-6 flex flex-wrap items-start gap-3" role="search" aria-label="Search stores">
        <FilterField id="stores-q" label="Search name, slug or owner email" error={errors.q}>
          {(a) => <input id="stores-q" name="q" type="search" defaultValue={values.q ?? ""} className={`${inputClass} w-72`} {...a} />}
        </FilterField>
        <FilterField id="stores-status" label="Status" error={errors.status}>
          {(a) => (
            <select id="stores-status" name="status" defaultValue={values.status ?? ""} className={inputClass} {...a}>
              <option value="">Any status</option>
              <option value="ACTIVE">Active</option>
              <option value="SUSPENDED">Suspended</option>
            </select>
          )}
        </FilterField>
        <FilterField id="stores-sort" label="Sort" error={errors.sort}>
          {(a) => (
            <select id="stores-sort" name="sort" defaultValue={values.sort ?? "newest"} className={inputClass} {...a}>
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
            </select>
          )}
        </FilterField>
        <div className="self-end">
          <FilterButton />
        </div>
      </form>
      {result ? (
        <>
          <p className="mt-4 text-sm text-gray-600" aria-live="polite">
            {result.total} {result.total === 1 ? "store" : "stores"}
            {parsed.data?.q || parsed.data?.status ? (result.total === 1 ? " matches" : " match") : " on the platform"}.
          </p>
          {result.stores.length === 0 ? (
            <p className="mt-4 rounded border border-gray-200 bg-white p-4 text-sm">No stores on this page.</p>
          ) : (
            <div className="mt-4 overflow-x-auto">
              <table className="w-full border-collapse bg-white text-left text-sm">
                <caption className="sr-only">Stores</caption>
                <thead>
                  <tr className="border-b border-gray-200">
                    <th scope="col" className="p-2">Name</th>
                    <th scope="col" className="p-2">Slug</th>
                    <th scope="col" className="p-2">Owners</th>
                    <th scope="col" className="p-2">Currency</th>
                    <th scope="col" className="p-2">Status</th>
                    <th scope="col" className="p-2">Created</th>
                  </tr>
                </thead>
                <tbody>
                  {result.stores.map((s) => (
                    <tr key={s.id} className="border-b border-gray-100 align-top">
                      <td className="p-2 font-medium">
                        <Link href={`/admin/stores/${s.id}`} className="underline">
                          {s.name}
                        </Link>
                      </td>
                      <td className="p-2 font-mono">{s.slug}</td>
                      <td className="p-2">{s.owners.length ? s.owners.map((o) => o.email).join(", ") : <span className="text-gray-500">none</span>}</td>
                      <td className="p-2">{s.currency}</td>
                      <td className="p-2"><StatusBadge status={s.status} /></td>
                      <td className="p-2 whitespace-nowrap"><UtcTime at={s.createdAt} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination path="/admin" params={values} page={result.page} pageCount={result.pageCount} />
        </>
      ) : (
        <p className="mt-4 text-sm text-red-700" role="alert">
          Fix the filters above to see stores.
        </p>
      )}
    </main>
  );
}
