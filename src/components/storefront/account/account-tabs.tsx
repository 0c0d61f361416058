import Link from "next/link";

const TABS = [
  { key: "profile", href: "/account", label: "Profile" },
  { key: "orders", href: "/account/orders", label: "Orders" },
  { key: "addresses", href: "/account/addresses", label: "Addresses" },
  { key: "privacy", href: "/account/privacy", label: "Privacy and data" },
  { key: "security", href: "/account/security", label: "Security" },
] as const;

export type TAccountTab = (typeof TABS)[number]["key"];

/** The account area's sections; the current one is marked for assistive tech. */
export function AccountTabs({ current }: { current: TAccountTab }) {
  return (
    <nav aria-label="Your account" className="mb-8 border-b border-gray-200">
      <ul className="flex flex-wrap gap-6 text-sm">
        {TABS.map((t) => (
          <li key={t.key}>
            <Link
              href={t.href}
              aria-current={t.key === current ? "page" : undefined}
              className="-mb-px inline-block border-b-2 border-transparent py-3 text-gray-600 hover:text-gray-900 aria-[current=page]:border-[var(--store-primary,#111827)] aria-[current=page]:font-semibold aria-[current=page]:text-gray-900"
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A date and time in the store's time zone, e.g. "21 Nov 2026, 14:05 (Asia/Colombo)". */
export function formatStoreTime(at: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(at);
  return `${text} (${timeZone})`;
}
