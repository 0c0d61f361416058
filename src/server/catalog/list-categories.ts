import { storeDb } from "@/server/db";
import { loadCategoryViews, type TCategoryNode, type TCategoryView } from "./category-tree";

/**
 * The store's categories as a tree: top-level categories with their children, each level in
 * position order. A category whose parent is missing is shown at the top level.
 */
export async function listCategories(storeId: string): Promise<TCategoryNode[]> {
  const views = await loadCategoryViews(storeDb(storeId), storeId);
  const nodes = new Map(views.map((v) => [v.id, { ...v, children: [] as TCategoryNode[] }]));
  const roots: TCategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** One category of the store with its direct product count; null when unknown or another store's. */
export async function getCategory(storeId: string, id: string): Promise<TCategoryView | null> {
  const [view] = await loadCategoryViews(storeDb(storeId), storeId, [id]);
  return view ?? null;
}
