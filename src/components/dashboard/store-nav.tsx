"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type TStoreNavItem = { href: string; label: string };

/** The store's section links (already filtered by the member's permissions on the server). */
export function StoreNav({ items }: { items: TStoreNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Store" className="text-sm">
      <ul className="space-y-1">
        {items.map((item, i) => {
          // The overview (first item) is current only on its own path; sections also on their sub-pages.
          const current = i === 0 ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="block rounded-md px-3 py-2 text-gray-700 hover:bg-gray-100 aria-[current=page]:bg-gray-900 aria-[current=page]:text-white"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
