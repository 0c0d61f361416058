import type { Metadata } from "next";
import Link from "next/link";
import { StoreTime } from "@/components/dashboard/orders/store-time";
import { MakeDefaultLocationForm, RenameLocationForm, StockLocationForm } from "@/components/dashboard/inventory/stock-forms";
import { requireStaffPage } from "@/server/http";
import { listStockLocations } from "@/server/inventory";
import { getStoreProfile } from "@/server/stores";
import { createStockLocationAction, renameStockLocationAction, setDefaultStockLocationAction } from "../actions";
import { DataTable } from "@/components/dashboard/data-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Stock locations" };

type TProps = { params: Promise<{ store: string }> };

/**
 * The store's stock locations (catalog:read; adding, renaming and choosing the default need
 * inventory:write). Every store has one default location: checkout reserves from it first, and
 * adjustments without a location go there.
 */
export default async function StockLocationsPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "catalog:read");
  const [locations, profile] = await Promise.all([listStockLocations(staff.store.id), getStoreProfile(staff.store.id)]);
  const base = `/dashboard/${staff.store.slug}/inventory`;
  const canWrite = staff.permissions.includes("inventory:write");
  return (
    <main className="space-y-8">
      <div>
        <Link href={base} className="text-sm text-blue-700 underline">
          All inventory
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Stock locations</h1>
        <p className="mt-1 max-w-prose text-sm text-gray-600">
          Places where you keep stock. Checkout reserves from the default location first, and new stock goes there when no
          location is named.
        </p>
      </div>
      <DataTable caption={<>Stock locations of {staff.store.name}</>} columns={["Name", "Default", "Added", ...(canWrite ? ["Change"] : [])]}>
        <tbody className="divide-y divide-gray-100">
          {locations.map((l) => (
            <tr key={l.id}>
              <th scope="row" className="px-4 py-2 font-medium">
                {l.name}
              </th>
              <td className="px-4 py-2">{l.isDefault ? "Yes" : "No"}</td>
              <td className="px-4 py-2">
                <StoreTime at={l.createdAt} timeZone={profile?.timeZone ?? "UTC"} />
              </td>
              {canWrite ? (
                <td className="space-y-2 px-4 py-2">
                  <RenameLocationForm action={renameStockLocationAction.bind(null, staff.store.slug, l.id)} name={l.name} locationId={l.id} />
                  <MakeDefaultLocationForm action={setDefaultStockLocationAction.bind(null, staff.store.slug, l.id)} name={l.name} isDefault={l.isDefault} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {canWrite ? (
        <div className="rounded-lg border border-gray-200 bg-white p-4">
          <StockLocationForm action={createStockLocationAction.bind(null, staff.store.slug)} />
        </div>
      ) : null}
    </main>
  );
}
