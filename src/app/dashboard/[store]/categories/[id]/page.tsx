import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CategoryForm } from "@/components/dashboard/catalog/category-form";
import { flattenCategories } from "@/components/dashboard/catalog/category-options";
import { ConfirmDelete } from "@/components/dashboard/catalog/confirm-delete";
import { getCategory, listCategories, type TCategoryNode } from "@/server/catalog";
import { requireStaffPage } from "@/server/http";
import { dashboardImage, dashboardMediaBase } from "@/server/media";
import { deleteCategoryAction, saveCategoryAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit category" };

type TProps = { params: Promise<{ store: string; id: string }> };

/** The category and everything below it: none of them can become its parent. */
function subtreeIds(nodes: TCategoryNode[], id: string): Set<string> {
  for (const n of nodes) {
    if (n.id === id) {
      const ids = new Set<string>();
      const walk = (m: TCategoryNode) => {
        ids.add(m.id);
        m.children.forEach(walk);
      };
      walk(n);
      return ids;
    }
    const found = subtreeIds(n.children, id);
    if (found.size) return found;
  }
  return new Set();
}

export default async function EditCategoryPage({ params }: TProps) {
  const { store: slug, id } = await params;
  const staff = await requireStaffPage(slug, "catalog:write");
  const [category, tree] = await Promise.all([getCategory(staff.store.id, id), listCategories(staff.store.id)]);
  if (!category) notFound();
  const excluded = subtreeIds(tree, id);
  const image = await dashboardImage(staff.store.id, staff.store.slug, category.imageId, "Current image");
  const actionSlug = staff.store.slug;
  return (
    <main>
      <Link href={`/dashboard/${actionSlug}/categories`} className="text-sm text-blue-700 underline">Back to categories</Link>
      <h1 className="mb-6 mt-2 text-2xl font-bold">{category.name}</h1>
      <CategoryForm
        action={saveCategoryAction.bind(null, actionSlug, category.id)}
        parents={flattenCategories(tree).filter((c) => !excluded.has(c.id))}
        category={category}
        image={image}
        storeSlug={actionSlug}
        mediaBase={dashboardMediaBase(actionSlug)}
        submitLabel="Save category"
      />
      <section aria-labelledby="delete-category" className="mt-10 border-t border-gray-200 pt-6">
        <h2 id="delete-category" className="text-lg font-semibold">Delete category</h2>
        <p className="mt-1 text-sm text-gray-600">Its subcategories move up one level; its products stay in the catalog.</p>
        <div className="mt-3">
          <ConfirmDelete action={deleteCategoryAction.bind(null, actionSlug, category.id)} label="Delete category" question={`Delete “${category.name}”?`} />
        </div>
      </section>
    </main>
  );
}
