import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/admin/status-badge";
import { StoreStatusForm } from "@/components/admin/store-status-form";
import { UtcTime } from "@/components/admin/utc-time";
import { env } from "@/env";
import { requirePlatformAdminPage } from "@/server/http";
import { getStoreDetail } from "@/server/platform-admin";
import { reinstateStoreAction, suspendStoreAction } from "./actions";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { id } = await params;
  await requirePlatformAdminPage(`/admin/stores/${id}`);
  const store = await getStoreDetail(id);
  return { title: store ? `${store.name} | ECOM admin` : "Store not found | ECOM admin" };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-4 border-b border-gray-100 py-2">
      <dt className="w-40 shrink-0 text-sm font-medium text-gray-600">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

/** One store for platform admins: profile, people, domains, status history; suspend or reinstate. */
export default async function AdminStorePage({ params }: TProps) {
  const { id } = await params;
  await requirePlatformAdminPage(`/admin/stores/${id}`);
  const store = await getStoreDetail(id);
  if (!store) notFound();
  const { protocol, ROOT_DOMAIN } = env();
  const storefront = `${protocol}://${store.slug}.${ROOT_DOMAIN}`;
  return (
    <main>
      <p className="text-sm">
        <Link href="/admin" className="underline">
          All stores
        </Link>
      </p>
      <h1 className="mt-2 flex items-center gap-3 text-2xl font-bold">
        {store.name} <StatusBadge status={store.status} />
      </h1>

      <section aria-labelledby="profile" className="mt-6 rounded border border-gray-200 bg-white p-4">
        <h2 id="profile" className="text-lg font-semibold">Profile</h2>
        <dl className="mt-2">
          <Row label="Slug"><span className="font-mono">{store.slug}</span></Row>
          <Row label="Storefront"><a href={storefront} className="underline">{storefront}</a></Row>
          <Row label="Store id"><span className="font-mono">{store.id}</span></Row>
          <Row label="Status">{store.status === "SUSPENDED" ? "Suspended" : "Active"}</Row>
          <Row label="Country">{store.country}</Row>
          <Row label="Currency">{store.currency}</Row>
          <Row label="Time zone">{store.timeZone}</Row>
          <Row label="Created"><UtcTime at={store.createdAt} /></Row>
          <Row label="Last changed"><UtcTime at={store.updatedAt} /></Row>
        </dl>
      </section>

      <section aria-labelledby="people" className="mt-6 rounded border border-gray-200 bg-white p-4">
        <h2 id="people" className="text-lg font-semibold">People</h2>
        <h3 className="mt-2 text-sm font-medium">Owners</h3>
        {store.owners.length ? (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {store.owners.map((o) => (
              <li key={o.userId}>
                {o.name} ({o.email})
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-gray-500">No owners.</p>
        )}
        <p className="mt-3 text-sm">
          Other staff (admins, staff, support): <strong>{store.staffCount}</strong>
        </p>
      </section>

      <section aria-labelledby="domains" className="mt-6 rounded border border-gray-200 bg-white p-4">
        <h2 id="domains" className="text-lg font-semibold">Custom domains</h2>
        {store.domains.length ? (
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-gray-200">
                <th scope="col" className="p-2">Hostname</th>
                <th scope="col" className="p-2">Verified</th>
                <th scope="col" className="p-2">Added</th>
              </tr>
            </thead>
            <tbody>
              {store.domains.map((d) => (
                <tr key={d.hostname} className="border-b border-gray-100">
                  <td className="p-2 font-mono">{d.hostname}</td>
                  <td className="p-2">{d.verifiedAt ? <UtcTime at={d.verifiedAt} /> : <span className="text-gray-500">not verified</span>}</td>
                  <td className="p-2"><UtcTime at={d.createdAt} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2 text-sm text-gray-500">None: the store is served on its subdomain only.</p>
        )}
      </section>

      <section aria-labelledby="status" className="mt-6 rounded border border-gray-200 bg-white p-4">
        <h2 id="status" className="text-lg font-semibold">Status</h2>
        <div className="mt-2">
          {store.status === "ACTIVE" ? (
            <StoreStatusForm action={suspendStoreAction} storeId={store.id} storeName={store.name} mode="suspend" />
          ) : (
            <StoreStatusForm action={reinstateStoreAction} storeId={store.id} storeName={store.name} mode="reinstate" />
          )}
        </div>
        <h3 className="mt-4 text-sm font-medium">Status history</h3>
        {store.statusHistory.length ? (
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <caption className="sr-only">Suspensions and reinstatements, newest first</caption>
            <thead>
              <tr className="border-b border-gray-200">
                <th scope="col" className="p-2">When</th>
                <th scope="col" className="p-2">Change</th>
                <th scope="col" className="p-2">By</th>
              </tr>
            </thead>
            <tbody>
              {store.statusHistory.map((h) => (
                <tr key={h.id} className="border-b border-gray-100">
                  <td className="p-2 whitespace-nowrap"><UtcTime at={h.at} /></td>
                  <td className="p-2">{h.action === "store.suspended" ? "Suspended" : "Reinstated"}</td>
                  <td className="p-2">{h.actorEmail ?? h.actorId ?? <span className="text-gray-500">unknown</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-1 text-sm text-gray-500">Never suspended.</p>
        )}
      </section>
    </main>
  );
}
