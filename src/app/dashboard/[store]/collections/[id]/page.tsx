import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CollectionForm } from "@/components/dashboard/catalog/collection-form";
import { ConfirmDelete } from "@/components/dashboard/catalog/confirm-delete";
import { getCollection, getProduct } from "@/server/catalog";
import { requireStaffPage } from "@/server/http";
import { deleteCollectionAction, saveCollectionAction, searchProductsAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit collection" };

type TProps = { params: Promise<{ store: string; id: string }> };

export default async function EditCollectionPage({ params }: TProps) {
  const { store: slug, id } = await params;
  const staff = await requireStaffPage(slug, "catalog:write");
  const collection = await getCollection(staff.store.id, id);
  if (!collection) notFound();
  const products = (await Promise.all(collection.productIds.map((productId) => getProduct(staff.store.id, productId)))).flatMap((p) =>
    p ? [{ id: p.id, title: p.title, handle: p.handle, status: p.status }] : [],
  );
  const storeSlug = staff.store.slug;
  return (
    <main>
      <Link href={`/dashboard/${storeSlug}/collections`} className="text-sm text-blue-700 underline">Back to collections</Link>
      <h1 className="mb-6 mt-2 text-2xl font-bold">{collection.title}</h1>
      <CollectionForm
        action={saveCollectionAction.bind(null, storeSlug, collection.id)}
        search={searchProductsAction.bind(null, storeSlug)}
        collection={{ title: collection.title, handle: collection.handle, products }}
        submitLabel="Save collection"
      />
      <section aria-labelledby="delete-collection" className="mt-10 border-t border-gray-200 pt-6">
        <h2 id="delete-collection" className="text-lg font-semibold">Delete collection</h2>
        <p className="mt-1 text-sm text-gray-600">The products stay in the catalog.</p>
        <div className="mt-3">
          <ConfirmDelete action={deleteCollectionAction.bind(null, storeSlug, collection.id)} label="Delete collection" question={`Delete “${collection.title}”?`} />
        </div>
      </section>
    </main>
  );
}
