import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS } from "@/server/access";
import { listUserStores } from "@/server/identity";
import { requireVerifiedAccount } from "./require-account";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your stores" };

/** The stores the user owns or works for, and "Create a store". */
export default async function DashboardHome() {
  const account = await requireVerifiedAccount("/dashboard");
  const stores = await listUserStores(account.id);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Your stores</h1>
        <Link href="/dashboard/new" className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700">
          Create a store
        </Link>
      </div>
      {stores.length === 0 ? (
        <section className="mt-8 rounded-lg border border-dashed border-gray-300 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">You have no stores yet</h2>
          <p className="mt-2 text-sm text-gray-600">Create your first store, or ask a store owner to invite you to theirs.</p>
        </section>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {stores.map((s) => (
            <li key={s.id} className="rounded-lg border border-gray-200 bg-white p-5">
              <h2 className="font-semibold">
                <Link href={`/dashboard/${s.slug}`} className="hover:underline">
                  {s.name}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-gray-600">
                {s.slug} · {ROLE_LABELS[s.role]}
                {s.status === "SUSPENDED" ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">Suspended</span> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
