import Link from "next/link";
import { focusRing } from "./styles";

type TProps = {
  page: number;
  pageCount: number;
  /** Path of the listing, e.g. /categories/tea. */
  basePath: string;
  /** The listing's other query parameters (filters, sort, q), kept on every page link. */
  query: [string, string][];
};

/** The URL of one page of a listing: page 1 has no ?page= (one URL per page for crawlers). */
export function pageHref(basePath: string, query: [string, string][], page: number): string {
  const params = new URLSearchParams(query.filter(([key]) => key !== "page"));
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/** Previous / numbered / next links; a window of pages around the current one. */
export function Pagination({ page, pageCount, basePath, query }: TProps) {
  if (pageCount <= 1) return null;
  const first = Math.max(1, page - 2);
  const last = Math.min(pageCount, page + 2);
  const pages = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const item = `inline-flex min-w-10 items-center justify-center rounded-md border border-gray-300 px-3 py-2 text-sm ${focusRing}`;
  return (
    <nav aria-label="Pagination" className="mt-10">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={pageHref(basePath, query, page - 1)} prefetch={false} rel="prev" className={item}>
              Previous
            </Link>
          </li>
        ) : null}
        {pages.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={`${item} border-[var(--store-primary,#111827)] font-semibold`}>
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <Link href={pageHref(basePath, query, n)} prefetch={false} className={item}>
                <span className="sr-only">Page </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={pageHref(basePath, query, page + 1)} prefetch={false} rel="next" className={item}>
              Next
            </Link>
          </li>
        ) : null}
      </ul>
      <p className="mt-3 text-center text-sm text-gray-600">
        Page {page} of {pageCount}
      </p>
    </nav>
  );
}
