"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type TStoreNavItem = { href: string; label: string; children?: TStoreNavItem[] };

const flatten = (items: TStoreNavItem[]): TStoreNavItem[] => items.flatMap((i) => [i, ...flatten(i.children ?? [])]);

/**
 * The store's section links (already filtered by the member's permissions on the server),
 * with sub-sections (the settings pages) in a nested list. One link is current: the one whose
 * path is the longest match, so /products/import marks "Import / export", not "Products" too.
 */
export function StoreNav({ items }: { items: TStoreNavItem[] }) {
  const pathname = usePathname();
  // The overview (first item) is current only on its own path; sections also on their sub-pages.
  const current = flatten(items)
    .filter((item) => (item === items[0] ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  const link = (item: TStoreNavItem, sub: boolean) => (
    <Link
      href={item.href}
      aria-current={item.href === current ? "page" : undefined}
      className={`block rounded-md px-3 ${sub ? "py-1.5" : "py-2"} text-gray-700 hover:bg-gray-100 aria-[current=page]:bg-gray-900 aria-[current=page]:text-white`}
    >
      {item.label}
    </Link>
  );
  return (
    <nav aria-label="Store" className="text-sm">
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.href}>
            {link(item, false)}
            {item.children?.length ? (
              <ul className="ml-3 mt-1 space-y-1 border-l border-gray-200 pl-2">
                {item.children.map((child) => (
                  <li key={child.href}>{link(child, true)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
