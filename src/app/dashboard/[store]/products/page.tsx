import type { Metadata } from "next";
import Link from "next/link";
import { flattenCategories } from "@/components/dashboard/catalog/category-options";
import { ProductTable } from "@/components/dashboard/catalog/product-table";
import { formatMoney, parseMoney } from "@/lib/money";
import { listCategories, listProducts, listProductThumbnails, PRODUCT_SORTS, PRODUCT_STATUSES, PRODUCT_TYPES, ZProductListQuery } from "@/server/catalog";
import { requireStaffPage } from "@/server/http";
import { dashboardMediaBase, mediaSrc } from "@/server/media";
import { setProductsStatusAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Products" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORT_LABELS: Record<(typeof PRODUCT_SORTS)[number], string> = { relevance: "Relevance", newest: "Newest", title: "Title A–Z", price: "Price, low to high", price_desc: "Price, high to low" };
const cap = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

function priceLabel(min: string, max: string, currency: string) {
  const fmt = (d: string) => formatMoney(parseMoney(d, currency) ?? 0n, currency);
  return min === max ? fmt(min) : `${fmt(min)} – ${fmt(max)}`;
}

export default async function ProductsPage({ params, searchParams }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "catalog:read");
  const raw = await searchParams;
  const one = (k: string) => (Array.isArray(raw[k]) ? raw[k][0] : raw[k]);
  const parsed = ZProductListQuery.safeParse({ q: one("q"), status: one("status"), type: one("type"), categoryId: one("category"), sort: one("sort"), page: one("page"), pageSize: 25 });
  const query = parsed.success ? parsed.data : { page: 1, pageSize: 25 };
  const [result, categories] = await Promise.all([listProducts(staff.store.id, query), listCategories(staff.store.id)]);
  const thumbnails = await listProductThumbnails(staff.store.id, result.items.map((p) => p.id));
  const mediaBase = dashboardMediaBase(staff.store.slug);
  const base = `/dashboard/${staff.store.slug}/products`;
  const canWrite = staff.permissions.includes("catalog:write");
  const pageHref = (page: number) => {
    const sp = new URLSearchParams();
    for (const k of ["q", "status", "type", "category", "sort"]) if (one(k)) sp.set(k, one(k)!);
    sp.set("page", String(page));
    return `${base}?${sp}`;
  };
  const select = "mt-1 block rounded-md border border-gray-300 bg-white px-3 py-2 text-sm";

  return (
    <main>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Products</h1>
        {canWrite ? (
          <Link href={`${base}/new`} className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700">
            Add product
          </Link>
        ) : null}
      </div>
      {one("deleted") ? (
        <p role="status" className="mt-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          Product deleted.
        </p>
      ) : null}
      <form method="get" action={base} role="search" aria-label="Products" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="filter-q" className="block text-sm font-medium">Search</label>
          <input id="filter-q" name="q" type="search" defaultValue={one("q") ?? ""} className={select} />
        </div>
        <div>
          <label htmlFor="filter-status" className="block text-sm font-medium">Status</label>
          <select id="filter-status" name="status" defaultValue={one("status") ?? ""} className={select}>
            <option value="">Any</option>
            {PRODUCT_STATUSES.map((s) => <option key={s} value={s}>{cap(s)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-type" className="block text-sm font-medium">Type</label>
          <select id="filter-type" name="type" defaultValue={one("type") ?? ""} className={select}>
            <option value="">Any</option>
            {PRODUCT_TYPES.map((t) => <option key={t} value={t}>{cap(t)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-category" className="block text-sm font-medium">Category</label>
          <select id="filter-category" name="category" defaultValue={one("category") ?? ""} className={select}>
            <option value="">Any</option>
            {flattenCategories(categories).map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-sort" className="block text-sm font-medium">Sort</label>
          <select id="filter-sort" name="sort" defaultValue={one("sort") ?? ""} className={select}>
            <option value="">Default</option>
            {PRODUCT_SORTS.map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-gray-300 px-4 py-2 text-sm font-medium hover:bg-gray-100">Apply</button>
      </form>
      {!parsed.success ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          Some filters were not valid and were ignored: {parsed.error.issues.map((i) => `${String(i.path[0] ?? "")}: ${i.message}`).join("; ")}
        </p>
      ) : null}
      <p className="mt-4 text-sm text-gray-600">{result.total === 1 ? "1 product" : `${result.total} products`}</p>
      {result.items.length === 0 ? (
        <p className="mt-4 text-sm">No products match.</p>
      ) : (
        <ProductTable
          basePath={base}
          action={canWrite ? setProductsStatusAction.bind(null, staff.store.slug) : undefined}
          rows={result.items.map((p) => {
            const thumbnail = thumbnails.get(p.id);
            return {
              id: p.id,
              title: p.title,
              handle: p.handle,
              status: p.status,
              type: p.type,
              variantCount: p.variantCount,
              price: priceLabel(p.priceMin, p.priceMax, p.currency),
              thumbnailUrl: thumbnail ? mediaSrc(thumbnail, 160, mediaBase) : null,
            };
          })}
        />
      )}
      <nav aria-label="Pagination" className="mt-4 flex items-center gap-4 text-sm">
        {result.page > 1 ? <Link href={pageHref(result.page - 1)} className="text-blue-700 underline">Previous page</Link> : null}
        <span>Page {result.page} of {result.pageCount}</span>
        {result.page < result.pageCount ? <Link href={pageHref(result.page + 1)} className="text-blue-700 underline">Next page</Link> : null}
      </nav>
    </main>
  );
}
