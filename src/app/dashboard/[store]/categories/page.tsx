import type { Metadata } from "next";
import { CategoryForm } from "@/components/dashboard/catalog/category-form";
import { flattenCategories } from "@/components/dashboard/catalog/category-options";
import { CategoryTreeList } from "@/components/dashboard/catalog/category-tree-list";
import { listCategories } from "@/server/catalog";
import { requireStaffPage } from "@/server/http";
import { dashboardMediaBase } from "@/server/media";
import { saveCategoryAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Categories" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<{ saved?: string; deleted?: string }> };

export default async function CategoriesPage({ params, searchParams }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "catalog:read");
  const [tree, sp] = await Promise.all([listCategories(staff.store.id), searchParams]);
  const canWrite = staff.permissions.includes("catalog:write");
  const notice = sp.saved ? "Category saved." : sp.deleted ? "Category deleted." : null;
  return (
    <main>
      <h1 className="text-2xl font-bold">Categories</h1>
      {notice ? <p role="status" className="mt-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">{notice}</p> : null}
      <section aria-labelledby="category-tree" className="mt-6">
        <h2 id="category-tree" className="text-lg font-semibold">All categories</h2>
        <div className="mt-3">
          {tree.length ? <CategoryTreeList nodes={tree} basePath={`/dashboard/${staff.store.slug}/categories`} canWrite={canWrite} /> : <p className="text-sm text-gray-600">No categories yet.</p>}
        </div>
      </section>
      {canWrite ? (
        <section aria-labelledby="new-category" className="mt-10">
          <h2 id="new-category" className="mb-3 text-lg font-semibold">New category</h2>
          <CategoryForm
            action={saveCategoryAction.bind(null, staff.store.slug, "")}
            parents={flattenCategories(tree)}
            storeSlug={staff.store.slug}
            mediaBase={dashboardMediaBase(staff.store.slug)}
            submitLabel="Create category"
          />
        </section>
      ) : null}
    </main>
  );
}
