import type { Metadata } from "next";
import Link from "next/link";
import { CollectionForm } from "@/components/dashboard/catalog/collection-form";
import { requireStaffPage } from "@/server/http";
import { saveCollectionAction, searchProductsAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New collection" };

type TProps = { params: Promise<{ store: string }> };

export default async function NewCollectionPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "catalog:write");
  return (
    <main>
      <Link href={`/dashboard/${staff.store.slug}/collections`} className="text-sm text-blue-700 underline">Back to collections</Link>
      <h1 className="mb-6 mt-2 text-2xl font-bold">New collection</h1>
      <CollectionForm action={saveCollectionAction.bind(null, staff.store.slug, "")} search={searchProductsAction.bind(null, staff.store.slug)} submitLabel="Create collection" />
    </main>
  );
}
