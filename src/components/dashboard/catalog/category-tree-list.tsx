import Link from "next/link";
import type { TCategoryNode } from "@/server/catalog";

/** The category tree as nested lists, each category linking to its editor. */
export function CategoryTreeList({ nodes, basePath, canWrite }: { nodes: TCategoryNode[]; basePath: string; canWrite: boolean }) {
  return (
    <ul className="space-y-1 pl-4 first:pl-0">
      {nodes.map((n) => (
        <li key={n.id}>
          <div className="flex flex-wrap items-baseline gap-2 text-sm">
            {canWrite ? (
              <Link href={`${basePath}/${n.id}`} className="font-medium text-blue-700 underline">{n.name}</Link>
            ) : (
              <span className="font-medium">{n.name}</span>
            )}
            <span className="text-xs text-gray-500">/{n.handle}</span>
            <span className="text-xs text-gray-500">
              {n.productCount === 1 ? "1 product" : `${n.productCount} products`} · position {n.position}
            </span>
          </div>
          {n.children.length ? <CategoryTreeList nodes={n.children} basePath={basePath} canWrite={canWrite} /> : null}
        </li>
      ))}
    </ul>
  );
}
