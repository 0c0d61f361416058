import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import { Pagination } from "@/components/admin/pagination";
import { firstFieldErrors, firstValues, type TRawSearchParams } from "@/components/admin/search-params";
import { listAuditEntries, ZAuditQuery } from "@/server/audit";
import { requirePlatformAdminPage } from "@/server/http";

export const metadata = { title: "Audit log | ECOM admin" };
export const dynamic = "force-dynamic";

/** The whole platform's audit log, newest first, with filters. Platform admins only. */
export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<TRawSearchParams> }) {
  await requirePlatformAdminPage("/admin/audit");
  const raw = firstValues(await searchParams);
  const values = { store: raw.store, action: raw.action, actorType: raw.actorType, from: raw.from, to: raw.to };
  const parsed = ZAuditQuery.safeParse({ ...values, page: raw.page });
  const result = parsed.success ? await listAuditEntries(parsed.data) : null;
  return (
    <main>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-1 text-sm text-gray-600">
        Every recorded action on the platform, newest first. Entries are only ever added, never changed or removed.
      </p>
      <AuditFilterForm action="/admin/audit" values={values} errors={parsed.success ? {} : firstFieldErrors(parsed.error)} withStore />
      {result ? (
        <>
          <p className="mt-4 text-sm text-gray-600" aria-live="polite">
            {result.total} {result.total === 1 ? "entry" : "entries"}.
          </p>
          <AuditLogTable entries={result.entries} withStore />
          <Pagination path="/admin/audit" params={values} page={result.page} pageCount={result.pageCount} />
        </>
      ) : (
        <p className="mt-4 text-sm text-red-700" role="alert">
          Fix the filters above to see entries.
        </p>
      )}
    </main>
  );
}
