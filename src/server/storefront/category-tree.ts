import "server-only";
import { cache } from "react";
import { storeDb } from "@/server/db";
import type { TCategoryLink, TCategoryTile, TMediaRef } from "./types";

export type TCategoryNode = TCategoryLink & { parentId: string | null; description: string | null; imageId: string | null; updatedAt: Date };

/**
 * All categories of one store in display order (position, then name). Stores have tens of
 * categories, not thousands, so the tree is read whole once per request and walked in memory
 * for breadcrumbs, children and descendants.
 */
export const loadCategoryTree = cache(async (storeId: string): Promise<TCategoryNode[]> => {
  return storeDb(storeId).category.findMany({
    select: { id: true, handle: true, name: true, parentId: true, description: true, imageId: true, updatedAt: true },
    orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
  });
});

const link = (c: TCategoryNode): TCategoryLink => ({ id: c.id, handle: c.handle, name: c.name });

/**
 * The images of the given categories, by category id. Looked up through the tenant door and
 * only as IMAGEs, so an image id that is not one of this store's images shows nothing.
 */
export async function loadCategoryImages(storeId: string, categories: Pick<TCategoryNode, "id" | "imageId">[]): Promise<Map<string, TMediaRef>> {
  const imageIds = [...new Set(categories.flatMap((c) => (c.imageId ? [c.imageId] : [])))];
  const images = new Map<string, TMediaRef>();
  if (!imageIds.length) return images;
  const media = await storeDb(storeId).mediaAsset.findMany({ where: { id: { in: imageIds }, kind: "IMAGE" }, select: { id: true, width: true, height: true, alt: true } });
  const byId = new Map(media.map((m) => [m.id, m]));
  for (const c of categories) {
    const image = c.imageId ? byId.get(c.imageId) : undefined;
    if (image) images.set(c.id, image);
  }
  return images;
}

/** Top-level categories of a store, in order (the storefront's navigation). Deduplicated per request. */
export const listTopCategoryLinks = cache(async (storeId: string): Promise<TCategoryLink[]> =>
  (await loadCategoryTree(storeId)).filter((c) => c.parentId === null).map(link),
);

/** Top-level categories of a store, in order, with their images (the home page's tiles). */
export async function listTopCategories(storeId: string): Promise<TCategoryTile[]> {
  const top = (await loadCategoryTree(storeId)).filter((c) => c.parentId === null);
  const images = await loadCategoryImages(storeId, top);
  return top.map((c) => ({ ...link(c), image: images.get(c.id) ?? null }));
}

/** From the root down to `id` (inclusive); stops on a cycle or a missing parent. */
export function ancestorsOf(tree: TCategoryNode[], id: string): TCategoryLink[] {
  const byId = new Map(tree.map((c) => [c.id, c]));
  const chain: TCategoryLink[] = [];
  const seen = new Set<string>();
  for (let node = byId.get(id); node && !seen.has(node.id); node = node.parentId ? byId.get(node.parentId) : undefined) {
    seen.add(node.id);
    chain.unshift(link(node));
  }
  return chain;
}

/** `id` and every category below it (a category page lists its subcategories' products too). */
export function descendantIds(tree: TCategoryNode[], id: string): string[] {
  const children = new Map<string, string[]>();
  for (const c of tree) if (c.parentId) (children.get(c.parentId) ?? children.set(c.parentId, []).get(c.parentId)!).push(c.id);
  const out: string[] = [];
  const queue = [id];
  const seen = new Set<string>();
  while (queue.length) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return out;
}

/** Direct children of a category, in order. */
export function childrenOf(tree: TCategoryNode[], id: string): TCategoryLink[] {
  return tree.filter((c) => c.parentId === id).map(link);
}
