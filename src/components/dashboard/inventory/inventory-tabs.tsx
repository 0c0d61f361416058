import Link from "next/link";

/** The inventory list's two views as links: every variant, or the low-stock list. */
export function InventoryTabs({ base, current }: { base: string; current: "all" | "low" }) {
  const tab = "rounded-t-md border-b-2 px-3 py-2 text-sm font-medium";
  const on = "border-gray-900 text-gray-900";
  const off = "border-transparent text-gray-600 hover:text-gray-900";
  return (
    <nav aria-label="Inventory views" className="mt-6 border-b border-gray-200">
      <ul className="-mb-px flex gap-2">
        <li>
          <Link href={base} aria-current={current === "all" ? "page" : undefined} className={`${tab} ${current === "all" ? on : off}`}>
            All variants
          </Link>
        </li>
        <li>
          <Link href={`${base}?view=low`} aria-current={current === "low" ? "page" : undefined} className={`${tab} ${current === "low" ? on : off}`}>
            Low stock
          </Link>
        </li>
      </ul>
    </nav>
  );
}
