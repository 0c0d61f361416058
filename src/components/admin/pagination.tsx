import Link from "next/link";

type TProps = {
  /** The list's path, e.g. "/admin/users". */
  path: string;
  /** The current filters, kept on every page link (empty values are left out). */
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
};

export function pageHref(path: string, params: Record<string, string | undefined>, page: number): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) q.set(key, value);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Previous / next links for a paged admin list, keeping its filters. */
export function Pagination({ path, params, page, pageCount }: TProps) {
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav className="mt-4 flex items-center gap-4 text-sm" aria-label="Pagination">
      {page > 1 ? (
        <Link href={pageHref(path, params, Math.min(page - 1, pageCount))} className="underline">
          Previous
        </Link>
      ) : null}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={pageHref(path, params, page + 1)} className="underline">
          Next
        </Link>
      ) : null}
    </nav>
  );
}
