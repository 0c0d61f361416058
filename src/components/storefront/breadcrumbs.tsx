import Link from "next/link";
import { focusRing } from "./styles";

/** Breadcrumb trail; the last item is the current page (not a link). */
export function Breadcrumbs({ items }: { items: { name: string; href: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-gray-600">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, i) => (
          <li key={item.href} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden="true">/</span> : null}
            {i === items.length - 1 ? (
              <span aria-current="page" className="font-medium text-gray-900">
                {item.name}
              </span>
            ) : (
              <Link href={item.href} className={`rounded-sm hover:underline ${focusRing}`}>
                {item.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
