import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS } from "@/server/access";
import { requireStaffPage } from "@/server/http";
import { getStoreSettings, storefrontUrl } from "@/server/onboarding";
import { countStaff } from "@/server/staff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

type TProps = { params: Promise<{ store: string }> };

/** What any member sees first: the store, its status, its staff count, where to go next. */
export default async function StoreOverviewPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug);
  const [store, staffCount] = await Promise.all([getStoreSettings(staff.store.id), countStaff(staff.store.id)]);
  const can = (p: (typeof staff.permissions)[number]) => staff.permissions.includes(p);
  const links = [
    can("customers:read") && { href: `/dashboard/${store.slug}/customers`, label: "Customers" },
    can("staff:manage") && { href: `/dashboard/${store.slug}/staff`, label: "Invite and manage staff" },
    can("settings:write") && { href: `/dashboard/${store.slug}/api-keys`, label: "API keys" },
    can("settings:write") && { href: `/dashboard/${store.slug}/settings`, label: "Store settings" },
    can("audit:read") && { href: `/dashboard/${store.slug}/audit`, label: "Audit log" },
  ].filter((l): l is { href: string; label: string } => !!l);

  return (
    <main>
      <h1 className="text-2xl font-bold">{store.name}</h1>
      <p className="mt-1 text-sm text-gray-600">Your role: {ROLE_LABELS[staff.role]}</p>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        <div className="rounded-lg border border-gray-200 bg-white p-4">
          <dt className="text-xs font-semibold uppercase tracking-wide text-gray-500">Status</dt>
          <dd className="mt-1 font-medium">{store.status === "ACTIVE" ? "Active" : "Suspended"}</dd>
        </div>
        <div className="rounded-lg border border-gray-200 bg-white p-4">
          <dt className="text-xs font-semibold uppercase tracking-wide text-gray-500">Staff</dt>
          <dd className="mt-1 font-medium">{staffCount === 1 ? "1 member" : `${staffCount} members`}</dd>
        </div>
        <div className="rounded-lg border border-gray-200 bg-white p-4">
          <dt className="text-xs font-semibold uppercase tracking-wide text-gray-500">Storefront</dt>
          <dd className="mt-1 truncate font-medium">
            <a href={storefrontUrl(store.slug)} className="text-blue-700 underline">
              {storefrontUrl(store.slug).replace(/^https?:\/\//, "").replace(/\/$/, "")}
            </a>
          </dd>
        </div>
      </dl>
      <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-gray-500">Currency</dt>
          <dd>{store.currency}</dd>
        </div>
        <div>
          <dt className="text-gray-500">Country</dt>
          <dd>{store.country}</dd>
        </div>
        <div>
          <dt className="text-gray-500">Time zone</dt>
          <dd>{store.timeZone}</dd>
        </div>
      </dl>
      {links.length > 0 ? (
        <section aria-labelledby="next-steps" className="mt-8">
          <h2 id="next-steps" className="text-lg font-semibold">
            Manage
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="text-blue-700 underline">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
