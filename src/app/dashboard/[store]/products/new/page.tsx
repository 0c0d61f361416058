import type { Metadata } from "next";
import Link from "next/link";
import { flattenCategories } from "@/components/dashboard/catalog/category-options";
import { ProductForm } from "@/components/dashboard/catalog/product-form";
import { listCategories } from "@/server/catalog";
import { requireStaffPage } from "@/server/http";
import { getStoreSettings } from "@/server/onboarding";
import { saveProductAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New product" };

type TProps = { params: Promise<{ store: string }> };

export default async function NewProductPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "catalog:write");
  const [categories, settings] = await Promise.all([listCategories(staff.store.id), getStoreSettings(staff.store.id)]);
  return (
    <main>
      <Link href={`/dashboard/${staff.store.slug}/products`} className="text-sm text-blue-700 underline">Back to products</Link>
      <h1 className="mt-2 text-2xl font-bold">New product</h1>
      <p className="mt-1 text-sm text-gray-600">Images can be added once the product is created.</p>
      <ProductForm
        action={saveProductAction.bind(null, staff.store.slug, "")}
        storeSlug={staff.store.slug}
        currency={settings.currency}
        categories={flattenCategories(categories).map((c) => ({ id: c.id, label: c.label }))}
      />
    </main>
  );
}
