import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/admin/pagination";
import { firstValues, type TRawSearchParams } from "@/components/admin/search-params";
import { LedgerTable } from "@/components/dashboard/inventory/ledger-table";
import { AdjustStockForm, ThresholdForm, TransferStockForm } from "@/components/dashboard/inventory/stock-forms";
import { ZId } from "@/server/catalog";
import { AppError } from "@/server/errors";
import { requireStaffPage } from "@/server/http";
import { getVariantInventory, listInventoryHistory, ZInventoryHistoryQuery, type TVariantInventory } from "@/server/inventory";
import { listStaff } from "@/server/staff";
import { getStoreProfile } from "@/server/stores";
import { adjustStockAction, setLowStockThresholdAction, transferStockAction } from "../actions";
import { DataTable } from "@/components/dashboard/data-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Variant stock", robots: { index: false } };

type TProps = { params: Promise<{ store: string; variantId: string }>; searchParams: Promise<TRawSearchParams> };

const HISTORY_PAGE_SIZE = 25;

/** The store's variant, or 404 for a malformed id and for another store's variant. */
async function loadVariant(storeId: string, variantId: string): Promise<TVariantInventory> {
  if (!ZId.safeParse(variantId).success) notFound();
  try {
    return await getVariantInventory(storeId, variantId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/**
 * One variant's stock (catalog:read): on hand, reserved and available per location and in
 * total, and its ledger (every change with who, why and the order it belongs to), paged,
 * newest first. With inventory:write: adjust, transfer and the low-stock threshold.
 */
export default async function VariantStockPage({ params, searchParams }: TProps) {
  const { store: slug, variantId } = await params;
  const staff = await requireStaffPage(slug, "catalog:read");
  const inventory = await loadVariant(staff.store.id, variantId);
  const raw = firstValues(await searchParams);
  const parsed = ZInventoryHistoryQuery.safeParse({ page: raw.page, pageSize: HISTORY_PAGE_SIZE });
  const [history, members, profile] = await Promise.all([
    listInventoryHistory(staff.store.id, variantId, parsed.success ? parsed.data : { pageSize: HISTORY_PAGE_SIZE }),
    listStaff(staff.store.id),
    getStoreProfile(staff.store.id),
  ]);
  const timeZone = profile?.timeZone ?? "UTC";
  const base = `/dashboard/${staff.store.slug}`;
  const canWrite = staff.permissions.includes("inventory:write");
  const locations = inventory.levels.map((l) => ({ value: l.locationId, label: l.isDefault ? `${l.locationName} (default)` : l.locationName }));
  const defaultLocation = inventory.levels.find((l) => l.isDefault) ?? inventory.levels[0];
  const name = inventory.variantTitle && inventory.variantTitle !== "Default" ? `${inventory.productTitle}, ${inventory.variantTitle}` : inventory.productTitle;
  const isLow = inventory.trackInventory && inventory.lowStockThreshold !== null && inventory.available <= inventory.lowStockThreshold;

  return (
    <main className="space-y-8">
      <div>
        <Link href={`${base}/inventory`} className="text-sm text-blue-700 underline">
          All inventory
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{name}</h1>
        <p className="mt-1 text-sm text-gray-600">
          SKU <span className="font-mono">{inventory.sku}</span>
          {staff.permissions.includes("catalog:read") ? (
            <>
              {" "}
              ·{" "}
              <Link href={`${base}/products/${inventory.productId}`} className="text-blue-700 underline">
                Edit product
              </Link>
            </>
          ) : null}
        </p>
      </div>

      {!inventory.trackInventory ? (
        <p role="status" className="rounded-md border border-gray-200 bg-gray-50 px-4 py-3 text-sm">
          This variant does not track inventory: it is always available. Turn on &ldquo;Track inventory&rdquo; in the product editor to count its stock.
        </p>
      ) : null}

      <section aria-labelledby="levels-heading">
        <h2 id="levels-heading" className="text-lg font-semibold">
          Stock by location
        </h2>
        <DataTable className="mt-2" caption={<>Stock of {name} by location</>} columns={["Location", { label: "On hand", align: "right" }, { label: "Reserved", align: "right" }, { label: "Available", align: "right" }]}>
          <tbody className="divide-y divide-gray-100">
            {inventory.levels.map((l) => (
              <tr key={l.locationId}>
                <th scope="row" className="px-4 py-2 font-normal">
                  {l.locationName}
                  {l.isDefault ? <span className="ml-1 text-xs text-gray-600">(default)</span> : null}
                </th>
                <td className="px-4 py-2 text-right tabular-nums">{l.onHand}</td>
                <td className="px-4 py-2 text-right tabular-nums">{l.reserved}</td>
                <td className="px-4 py-2 text-right tabular-nums">{l.available}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-gray-200 font-semibold">
            <tr>
              <th scope="row" className="px-4 py-2">
                Total
              </th>
              <td className="px-4 py-2 text-right tabular-nums">{inventory.onHand}</td>
              <td className="px-4 py-2 text-right tabular-nums">{inventory.reserved}</td>
              <td className="px-4 py-2 text-right tabular-nums">
                {inventory.available}
                {isLow ? <span className="block text-xs font-medium text-amber-800">Low: at or under {inventory.lowStockThreshold}</span> : null}
              </td>
            </tr>
          </tfoot>
        </DataTable>
        <p className="mt-2 text-xs text-gray-600">Reserved units are held by open orders until they are paid (then sold) or cancelled (then released).</p>
      </section>

      {canWrite && inventory.trackInventory && defaultLocation ? (
        <section aria-label="Change stock" className="grid gap-6 lg:grid-cols-2">
          <div className="rounded-lg border border-gray-200 bg-white p-4">
            <AdjustStockForm action={adjustStockAction.bind(null, staff.store.slug, inventory.variantId)} locations={locations} defaultLocationId={defaultLocation.locationId} />
          </div>
          <div className="space-y-6">
            <div className="rounded-lg border border-gray-200 bg-white p-4">
              <ThresholdForm action={setLowStockThresholdAction.bind(null, staff.store.slug, inventory.variantId)} threshold={inventory.lowStockThreshold} />
            </div>
            {locations.length > 1 ? (
              <div className="rounded-lg border border-gray-200 bg-white p-4">
                <TransferStockForm action={transferStockAction.bind(null, staff.store.slug, inventory.variantId)} locations={locations} />
              </div>
            ) : (
              <p className="text-sm text-gray-600">
                To move stock between places, first{" "}
                <Link href={`${base}/inventory/locations`} className="text-blue-700 underline">
                  add another stock location
                </Link>
                .
              </p>
            )}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <p className="mt-1 text-sm text-gray-600">
          Every change to this variant&rsquo;s stock, newest first ({history.total === 1 ? "1 entry" : `${history.total} entries`}). Times are in {timeZone}.
        </p>
        <LedgerTable
          entries={history.items}
          staffNames={new Map(members.map((m) => [m.userId, m.name || m.email]))}
          timeZone={timeZone}
          orderBase={staff.permissions.includes("orders:read") ? `${base}/orders` : null}
        />
        <Pagination path={`${base}/inventory/${inventory.variantId}`} params={{}} page={history.page} pageCount={history.pageCount} />
      </section>
    </main>
  );
}
