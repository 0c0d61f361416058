import "server-only";
import { getStoreProfile } from "@/server/stores";
import type { TApiCategoryNode, TApiCategoryTree } from "./api-schemas";
import { apiImage } from "./api-images";
import { loadCategoryImages, loadCategoryTree } from "./category-tree";
import { renderDescription } from "./render-description";
import { categoryPath, storeUrl } from "./store-url";

/**
 * The store's categories as a tree in display order, with their images, for the headless API.
 * A category whose parent is missing (or that sits in a cycle a bad write made) is not shown
 * rather than looping. Empty for an unknown store.
 */
export async function listApiCategories(storeId: string): Promise<TApiCategoryTree> {
  const store = await getStoreProfile(storeId);
  if (!store) return { categories: [] };
  const rows = await loadCategoryTree(storeId);
  const images = await loadCategoryImages(storeId, rows);
  const children = new Map<string | null, typeof rows>();
  for (const row of rows) (children.get(row.parentId) ?? children.set(row.parentId, []).get(row.parentId)!).push(row);
  const seen = new Set<string>();
  const build = (parentId: string | null): TApiCategoryNode[] =>
    (children.get(parentId) ?? [])
      .filter((c) => !seen.has(c.id) && seen.add(c.id))
      .map((c) => {
        const image = images.get(c.id);
        return {
          id: c.id,
          handle: c.handle,
          name: c.name,
          descriptionHtml: c.description ? renderDescription(c.description).html : "",
          image: image ? apiImage(store.slug, image) : null,
          url: storeUrl(store.slug, categoryPath(c.handle)),
          children: build(c.id),
        };
      });
  return { categories: build(null) };
}
