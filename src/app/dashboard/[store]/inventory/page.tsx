import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { firstValues, type TRawSearchParams } from "@/components/admin/search-params";
import { InventoryTabs } from "@/components/dashboard/inventory/inventory-tabs";
import { LevelCell } from "@/components/dashboard/inventory/level-cell";
import { ZProductListQuery } from "@/server/catalog";
import { requireStaffPage } from "@/server/http";
import { listLowStock, listStockLocations, ZLowStockQuery } from "@/server/inventory";
import { loadInventoryPage } from "./inventory-rows";
import { DataTable } from "@/components/dashboard/data-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Inventory" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<TRawSearchParams> };

const variantName = (title: string) => (title && title !== "Default" ? title : "Default variant");

/**
 * Stock (catalog:read to look; inventory:write to change it on a variant's page): every
 * variant's on hand, reserved and available per location, searched by product or SKU; or the
 * low-stock list (variants at or under their threshold, emptiest first).
 */
export default async function InventoryPage({ params, searchParams }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "catalog:read");
  const raw = firstValues(await searchParams);
  const base = `/dashboard/${staff.store.slug}/inventory`;
  const low = raw.view === "low";

  if (low) {
    const parsed = ZLowStockQuery.safeParse({ page: raw.page });
    const result = await listLowStock(staff.store.id, parsed.success ? parsed.data : {});
    return (
      <main>
        <Header base={base} />
        <InventoryTabs base={base} current="low" />
        <p className="mt-4 text-sm text-gray-600" aria-live="polite">
          {result.total === 1 ? "1 variant is at or under its" : `${result.total} variants are at or under their`} low-stock threshold (available in all locations together).
        </p>
        {result.items.length ? (
          <DataTable className="mt-3" caption="Variants low on stock" columns={["Variant", "SKU", { label: "Available", align: "right" }, { label: "Threshold", align: "right" }]}>
            <tbody className="divide-y divide-gray-200">
              {result.items.map((item) => (
                <tr key={item.variantId}>
                  <th scope="row" className="px-4 py-3 font-normal">
                    <Link href={`${base}/${item.variantId}`} className="font-medium text-blue-700 underline">
                      {item.productTitle}
                      <span className="sr-only">, </span>
                      <span className="block text-sm font-normal">{variantName(item.variantTitle)}</span>
                    </Link>
                  </th>
                  <td className="px-4 py-3 font-mono text-xs">{item.sku}</td>
                  <td className={`px-4 py-3 text-right tabular-nums ${item.available === 0 ? "font-semibold text-red-800" : ""}`}>
                    {item.available === 0 ? "0 (sold out)" : item.available}
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{item.threshold}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p className="mt-4 text-sm">Nothing is low on stock. Set a variant&rsquo;s low-stock threshold on its inventory page to watch it here.</p>
        )}
        <Pagination path={base} params={{ view: "low" }} page={result.page} pageCount={result.pageCount} />
      </main>
    );
  }

  const parsed = ZProductListQuery.pick({ q: true, page: true }).safeParse({ q: raw.q, page: raw.page });
  const query = parsed.success ? parsed.data : { page: 1 };
  const locations = await listStockLocations(staff.store.id);
  const result = await loadInventoryPage(staff.store.id, query);
  return (
    <main>
      <Header base={base} />
      <InventoryTabs base={base} current="all" />
      <form method="get" action={base} role="search" aria-label="Inventory" className="mt-4 flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="inventory-q" className="block text-sm font-medium text-gray-900">
            Search products or SKU
          </label>
          <input
            id="inventory-q"
            name="q"
            type="search"
            defaultValue={raw.q ?? ""}
            maxLength={200}
            aria-invalid={parsed.success ? undefined : true}
            aria-describedby={parsed.success ? undefined : "inventory-q-error"}
            className="mt-1 block w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm"
          />
          {!parsed.success ? (
            <p id="inventory-q-error" className="mt-1 text-sm text-red-700">
              {parsed.error.issues[0]?.message}
            </p>
          ) : null}
        </div>
        <button type="submit" className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700">
          Search
        </button>
        {raw.q ? (
          <Link href={base} className="py-2 text-sm text-blue-700 underline">
            Clear search
          </Link>
        ) : null}
      </form>
      <p className="mt-4 text-sm text-gray-600" aria-live="polite">
        {result.total === 1 ? "1 product" : `${result.total} products`}
        {raw.q ? " match" : ""}. Each location shows what is available, with on hand and reserved (held by open orders) below it.
      </p>
      {result.products.length ? (
        <DataTable className="mt-3" caption="Stock by variant and location" columns={[
          "Variant",
          "SKU",
          ...locations.map((l) => ({
            key: l.id,
            align: "right" as const,
            label: (
              <>
                {l.name}
                {l.isDefault ? <span className="block font-normal normal-case">(default)</span> : null}
              </>
            ),
          })),
          { label: "Total available", align: "right" },
        ]}>
          {result.products.map((p) => (
            <tbody key={p.id} className="border-t border-gray-200">
              <tr className="bg-gray-50/60">
                <th scope="colgroup" colSpan={locations.length + 3} className="px-4 py-2 text-left font-semibold">
                  {p.title}
                  {p.status !== "ACTIVE" ? <span className="ml-2 text-xs font-normal text-gray-600">({p.status.toLowerCase()})</span> : null}
                </th>
              </tr>
              {p.variants.map((v) => {
                const isLow = v.tracked && v.lowStockThreshold !== null && v.available <= v.lowStockThreshold;
                return (
                  <tr key={v.variantId} className="border-t border-gray-100">
                    <th scope="row" className="px-4 py-2 font-normal">
                      {v.tracked ? (
                        <Link href={`${base}/${v.variantId}`} className="text-blue-700 underline">
                          {variantName(v.variantTitle)}
                          <span className="sr-only"> of {p.title}</span>
                        </Link>
                      ) : (
                        <>
                          {variantName(v.variantTitle)}
                          <span className="sr-only"> of {p.title}</span>
                        </>
                      )}
                    </th>
                    <td className="px-4 py-2 font-mono text-xs">{v.sku}</td>
                    {v.tracked ? (
                      <>
                        {locations.map((l) => (
                          <td key={l.id} className="px-4 py-2 text-right">
                            <LevelCell level={v.levels.find((x) => x.locationId === l.id)} />
                          </td>
                        ))}
                        <td className="px-4 py-2 text-right tabular-nums font-semibold">
                          {v.available}
                          {v.available <= 0 ? (
                            <span className="block text-xs font-medium text-red-800">Sold out</span>
                          ) : isLow ? (
                            <span className="block text-xs font-medium text-amber-800">Low (threshold {v.lowStockThreshold})</span>
                          ) : null}
                        </td>
                      </>
                    ) : (
                      <td colSpan={locations.length + 1} className="px-4 py-2 text-right text-gray-600">
                        {p.type === "SERVICE" ? "Booked by time slot (capacity is set on the product)" : "Not tracked: always available"}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </DataTable>
      ) : (
        <p className="mt-4 text-sm">{raw.q ? "No products match this search." : "No products yet."}</p>
      )}
      <Pagination path={base} params={{ q: raw.q }} page={result.page} pageCount={result.pageCount} />
    </main>
  );
}

function Header({ base }: { base: string }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-2xl font-bold">Inventory</h1>
        <p className="mt-1 text-sm text-gray-600">Available = on hand − reserved. Open a variant to adjust or transfer its stock and see its history.</p>
      </div>
      <Link href={`${base}/locations`} className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium hover:bg-gray-100">
        Stock locations
      </Link>
    </div>
  );
}
