import { FilterButton, FilterField, inputClass } from "@/components/admin/filter-field";
import { Pagination } from "@/components/admin/pagination";
import { firstFieldErrors, firstValues, type TRawSearchParams } from "@/components/admin/search-params";
import { UtcTime } from "@/components/admin/utc-time";
import { requirePlatformAdminPage } from "@/server/http";
import { listPlatformUsers, ZUserListQuery } from "@/server/platform-admin";

export const metadata = { title: "Users | ECOM admin" };
export const dynamic = "force-dynamic";

/**
 * Platform users, read-only. Platform admin rights are granted only with
 * `npm run admin:grant -- <email>`: deliberately no control here.
 */
export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<TRawSearchParams> }) {
  await requirePlatformAdminPage("/admin/users");
  const raw = firstValues(await searchParams);
  const values = { q: raw.q, role: raw.role };
  const parsed = ZUserListQuery.safeParse({ ...values, page: raw.page });
  const errors = parsed.success ? {} : firstFieldErrors(parsed.error);
  const result = parsed.success ? await listPlatformUsers(parsed.data) : null;
  return (
    <main>
      <h1 className="text-2xl font-bold">Users</h1>
      <p className="mt-1 text-sm text-gray-600">
        Everyone who signs in on the platform: merchants, their staff and platform admins. Platform admin rights are
        granted from the command line (<code>npm run admin:grant -- &lt;email&gt;</code>), never here.
      </p>
      <form method="get" action="/admin/users" className="mt-6 flex flex-wrap items-start gap-3" role="search" aria-label="Search users">
        <FilterField id="users-q" label="Search email or name" error={errors.q}>
          {(a) => <input id="users-q" name="q" type="search" defaultValue={values.q ?? ""} className={`${inputClass} w-72`} {...a} />}
        </FilterField>
        <FilterField id="users-role" label="Role" error={errors.role}>
          {(a) => (
            <select id="users-role" name="role" defaultValue={values.role ?? ""} className={inputClass} {...a}>
              <option value="">Everyone</option>
              <option value="admins">Platform admins</option>
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
            {result.total} {result.total === 1 ? "user" : "users"}.
          </p>
          {result.users.length === 0 ? (
            <p className="mt-4 rounded border border-gray-200 bg-white p-4 text-sm">No users on this page.</p>
          ) : (
            <div className="mt-4 overflow-x-auto">
              <table className="w-full border-collapse bg-white text-left text-sm">
                <caption className="sr-only">Platform users, newest first</caption>
                <thead>
                  <tr className="border-b border-gray-200">
                    <th scope="col" className="p-2">Email</th>
                    <th scope="col" className="p-2">Name</th>
                    <th scope="col" className="p-2">Platform admin</th>
                    <th scope="col" className="p-2">Email verified</th>
                    <th scope="col" className="p-2 text-right">Stores</th>
                    <th scope="col" className="p-2">Created</th>
                  </tr>
                </thead>
                <tbody>
                  {result.users.map((u) => (
                    <tr key={u.id} className="border-b border-gray-100">
                      <td className="p-2">{u.email}</td>
                      <td className="p-2">{u.name}</td>
                      <td className="p-2">{u.isPlatformAdmin ? "Yes" : "No"}</td>
                      <td className="p-2">{u.emailVerifiedAt ? <UtcTime at={u.emailVerifiedAt} /> : "Not verified"}</td>
                      <td className="p-2 text-right">{u.storeCount}</td>
                      <td className="p-2 whitespace-nowrap"><UtcTime at={u.createdAt} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination path="/admin/users" params={values} page={result.page} pageCount={result.pageCount} />
        </>
      ) : (
        <p className="mt-4 text-sm text-red-700" role="alert">
          Fix the filters above to see users.
        </p>
      )}
    </main>
  );
}
