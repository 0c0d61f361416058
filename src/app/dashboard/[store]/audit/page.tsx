import type { Metadata } from "next";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import { Pagination } from "@/components/admin/pagination";
import { firstFieldErrors, firstValues, type TRawSearchParams } from "@/components/admin/search-params";
import { listStoreAuditEntries, ZStoreAuditQuery } from "@/server/audit";
import { requireStaffPage } from "@/server/http";

export const dynamic = "force-dynamic";

type TParams = { params: Promise<{ store: string }> };

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { store } = await params;
  const staff = await requireStaffPage(store, "audit:read");
  return { title: `Audit log | ${staff.store.name}` };
}

/**
 * The store's own audit log (owners: audit:read). Read through the tenant door, so no entry
 * of another store can appear; other stores' staff get 404.
 */
export default async function StoreAuditPage({ params, searchParams }: TParams & { searchParams: Promise<TRawSearchParams> }) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "audit:read");
  const raw = firstValues(await searchParams);
  const values = { action: raw.action, actorType: raw.actorType, from: raw.from, to: raw.to };
  const parsed = ZStoreAuditQuery.safeParse({ ...values, page: raw.page });
  const result = parsed.success ? await listStoreAuditEntries(staff.store.id, parsed.data) : null;
  const path = `/dashboard/${staff.store.slug}/audit`;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-1 text-sm text-gray-600">
        What happened in {staff.store.name}: staff and API key actions, customer data requests, and platform actions on
        this store, newest first. Entries are never changed or removed.
      </p>
      <AuditFilterForm action={path} values={values} errors={parsed.success ? {} : firstFieldErrors(parsed.error)} withStore={false} />
      {result ? (
        <>
          <p className="mt-4 text-sm text-gray-600" aria-live="polite">
            {result.total} {result.total === 1 ? "entry" : "entries"}.
          </p>
          <AuditLogTable entries={result.entries} withStore={false} />
          <Pagination path={path} params={values} page={result.page} pageCount={result.pageCount} />
        </>
      ) : (
        <p className="mt-4 text-sm text-red-700" role="alert">
          Fix the filters above to see entries.
        </p>
      )}
    </main>
  );
}
