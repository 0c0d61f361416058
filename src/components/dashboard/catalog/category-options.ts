import type { TCategoryNode } from "@/server/catalog";

/** A category tree as a flat list of indented labels ("— Child"), for selects. */
export function flattenCategories(nodes: TCategoryNode[], depth = 0): { id: string; label: string; depth: number; parentId: string | null }[] {
  return nodes.flatMap((n) => [{ id: n.id, label: `${"— ".repeat(depth)}${n.name}`, depth, parentId: n.parentId }, ...flattenCategories(n.children, depth + 1)]);
}
