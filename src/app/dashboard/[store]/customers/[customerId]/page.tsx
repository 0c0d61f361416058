import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UtcTime } from "@/components/admin/utc-time";
import { countryOptions, getCustomerForStaff } from "@/server/customers";
import { requireStaffPage } from "@/server/http";
import { eraseCustomerAction } from "../actions";
import { EraseCustomerForm } from "./erase-customer-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Customer", robots: { index: false } };

type TProps = { params: Promise<{ store: string; customerId: string }> };

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-4 py-2">
      <dt className="text-sm text-gray-600">{label}</dt>
      <dd className="col-span-2 text-sm">{children}</dd>
    </div>
  );
}

/** One customer (customers:read): profile, consent, addresses; GDPR export and erasure with customers:export. */
export default async function CustomerPage({ params }: TProps) {
  const { store: slug, customerId } = await params;
  const staff = await requireStaffPage(slug, "customers:read");
  const customer = await getCustomerForStaff(staff.store.id, customerId);
  if (!customer) notFound();
  const { profile, addresses } = customer;
  const countries = new Map(countryOptions().map((c) => [c.value, c.label]));
  const base = `/dashboard/${staff.store.slug}/customers`;
  const canExport = staff.permissions.includes("customers:export");
  return (
    <main className="space-y-8">
      <div>
        <Link href={base} className="text-sm text-blue-700 underline">
          All customers
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{profile.erasedAt ? "Erased customer" : (profile.name ?? profile.email)}</h1>
        <p className="mt-1 text-sm text-gray-600">Times are UTC.</p>
      </div>
      {profile.erasedAt ? (
        <p role="status" className="rounded-md border border-gray-200 bg-gray-50 px-4 py-3 text-sm">
          This customer&apos;s personal data was erased on <UtcTime at={profile.erasedAt} />. Only the anonymous record remains.
        </p>
      ) : null}
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Profile
        </h2>
        <dl className="mt-2 divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white px-4">
          <Row label="Customer id">
            <span className="font-mono text-xs">{profile.id}</span>
          </Row>
          <Row label="Email">{profile.email}</Row>
          <Row label="Name">{profile.name ?? "None"}</Row>
          <Row label="Phone">{profile.phone ?? "None"}</Row>
          <Row label="Email verified">{profile.emailVerifiedAt ? <UtcTime at={profile.emailVerifiedAt} /> : "Not yet"}</Row>
          <Row label="Marketing email">
            {profile.marketingConsent ? "Opted in" : "Not opted in"}
            {profile.marketingConsentAt ? (
              <>
                {" "}
                ({profile.marketingConsent ? "given" : "withdrawn"} <UtcTime at={profile.marketingConsentAt} />)
              </>
            ) : null}
          </Row>
          <Row label="Registered">
            <UtcTime at={profile.createdAt} />
          </Row>
          <Row label="Last changed">
            <UtcTime at={profile.updatedAt} />
          </Row>
        </dl>
      </section>
      <section aria-labelledby="addresses-heading">
        <h2 id="addresses-heading" className="text-lg font-semibold">
          Saved addresses
        </h2>
        {addresses.length === 0 ? (
          <p className="mt-2 text-sm text-gray-600">No saved addresses.</p>
        ) : (
          <ul className="mt-2 grid gap-3 sm:grid-cols-2">
            {addresses.map((a) => (
              <li key={a.id} className="rounded-lg border border-gray-200 bg-white p-4 text-sm">
                {a.isDefault ? <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-gray-600">Default</p> : null}
                <address className="not-italic leading-relaxed">
                  {[a.name, a.company, a.line1, a.line2, [a.city, a.region, a.postalCode].filter(Boolean).join(", "), countries.get(a.country) ?? a.country, a.phone]
                    .filter(Boolean)
                    .map((line, i) => (
                      <span key={i} className="block">
                        {line}
                      </span>
                    ))}
                </address>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canExport && !profile.erasedAt ? (
        <>
          <section aria-labelledby="gdpr-heading">
            <h2 id="gdpr-heading" className="text-lg font-semibold">
              Data request
            </h2>
            <p className="mt-1 max-w-prose text-sm text-gray-600">
              The same JSON file the customer gets from &ldquo;Download my data&rdquo;. Downloads are recorded in the audit log.
            </p>
            <a href={`${base}/${profile.id}/gdpr-export`} download className="mt-3 inline-block rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium hover:bg-gray-100">
              GDPR export
            </a>
          </section>
          <section aria-labelledby="erase-heading" className="rounded-lg border border-red-200 bg-white p-4">
            <h2 id="erase-heading" className="text-lg font-semibold text-red-800">
              Erase personal data
            </h2>
            <p className="mb-3 mt-1 max-w-prose text-sm text-gray-600">
              Removes the customer&apos;s email, name, phone, password and addresses, and copies of their email in stored mail; signs them out
              everywhere. Records the store must keep stay, anonymised. This cannot be undone.
            </p>
            <EraseCustomerForm action={eraseCustomerAction.bind(null, staff.store.slug, profile.id)} />
          </section>
        </>
      ) : null}
    </main>
  );
}
