"use client";

import Link from "next/link";
import { useParams } from "next/navigation";

type TStoreLink = { slug: string; name: string };

/** Lists the user's stores to switch between, marking the one open now, plus "Create a store". */
export function StoreSwitcher({ stores }: { stores: TStoreLink[] }) {
  const params = useParams<{ store?: string }>();
  const current = stores.find((s) => s.slug === params.store);
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-gray-100">
        <span className="sr-only">Switch store. Current: </span>
        {current ? current.name : "Your stores"} <span aria-hidden="true">▾</span>
      </summary>
      <nav aria-label="Your stores" className="absolute left-0 z-10 mt-2 w-64 rounded-md border border-gray-200 bg-white py-1 shadow-lg">
        <ul>
          {stores.map((s) => (
            <li key={s.slug}>
              <Link
                href={`/dashboard/${s.slug}`}
                aria-current={s.slug === current?.slug ? "page" : undefined}
                className="block px-3 py-2 text-sm hover:bg-gray-100 aria-[current=page]:font-semibold"
              >
                {s.name}
                <span className="block text-xs text-gray-500">{s.slug}</span>
              </Link>
            </li>
          ))}
          <li className="border-t border-gray-100">
            <Link href="/dashboard/new" className="block px-3 py-2 text-sm font-medium text-blue-700 hover:bg-gray-100">
              Create a store
            </Link>
          </li>
        </ul>
      </nav>
    </details>
  );
}
