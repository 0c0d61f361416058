import type { Metadata } from "next";
import Link from "next/link";
import { listCollections } from "@/server/catalog";
import { requireStaffPage } from "@/server/http";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Collections" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<{ saved?: string; deleted?: string }> };

export default async function CollectionsPage({ params, searchParams }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "catalog:read");
  const [collections, sp] = await Promise.all([listCollections(staff.store.id), searchParams]);
  const canWrite = staff.permissions.includes("catalog:write");
  const base = `/dashboard/${staff.store.slug}/collections`;
  const notice = sp.saved ? "Collection saved." : sp.deleted ? "Collection deleted." : null;
  return (
    <main>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Collections</h1>
        {canWrite ? <Link href={`${base}/new`} className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700">Add collection</Link> : null}
      </div>
      {notice ? <p role="status" className="mt-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">{notice}</p> : null}
      {collections.length === 0 ? (
        <p className="mt-6 text-sm text-gray-600">No collections yet. A collection is a hand-picked, ordered list of products; the home page can feature one.</p>
      ) : (
        <table className="mt-6 min-w-full divide-y divide-gray-200 text-sm">
          <thead className="text-left">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">Title</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Handle</th>
              <th scope="col" className="py-2 font-semibold">Products</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {collections.map((c) => (
              <tr key={c.id}>
                <td className="py-2 pr-4">{canWrite ? <Link href={`${base}/${c.id}`} className="font-medium text-blue-700 underline">{c.title}</Link> : c.title}</td>
                <td className="py-2 pr-4 text-gray-600">{c.handle}</td>
                <td className="py-2 tabular-nums">{c.productCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
