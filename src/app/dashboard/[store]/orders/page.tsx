import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { firstFieldErrors, firstValues, type TRawSearchParams } from "@/components/admin/search-params";
import { FULFILLMENT_STATUS_LABELS, money, orderLabel, PAYMENT_STATUS_LABELS } from "@/components/dashboard/orders/order-labels";
import { StatusPill } from "@/components/dashboard/orders/status-pill";
import { StoreTime } from "@/components/dashboard/orders/store-time";
import { requireStaffPage } from "@/server/http";
import { FULFILLMENT_STATUSES, listOrders, PAYMENT_STATUSES, ZOrderListQuery } from "@/server/orders";
import { getStoreProfile } from "@/server/stores";
import { DataTable } from "@/components/dashboard/data-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Orders" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<TRawSearchParams> };

const control = "mt-1 block rounded-md border border-gray-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

/** The store's orders (orders:read), newest first: filter by payment and fulfilment status, search by number or email. */
export default async function OrdersPage({ params, searchParams }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "orders:read");
  const raw = firstValues(await searchParams);
  const values = { q: raw.q, paymentStatus: raw.paymentStatus, fulfillmentStatus: raw.fulfillmentStatus };
  const parsed = ZOrderListQuery.safeParse({ ...values, page: raw.page });
  const [result, profile] = await Promise.all([parsed.success ? listOrders(staff.store.id, parsed.data) : null, getStoreProfile(staff.store.id)]);
  const errors = parsed.success ? {} : firstFieldErrors(parsed.error);
  const timeZone = profile?.timeZone ?? "UTC";
  const path = `/dashboard/${staff.store.slug}/orders`;
  const filtered = Boolean(values.q || values.paymentStatus || values.fulfillmentStatus);
  const invalid = (name: keyof typeof errors) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `filter-${name}-error` } : {});

  return (
    <main>
      <h1 className="text-2xl font-bold">Orders</h1>
      <p className="mt-1 text-sm text-gray-600">Newest first. Times are in the store&rsquo;s time zone ({timeZone}).</p>
      <form method="get" action={path} role="search" aria-label="Orders" className="mt-6 flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <label htmlFor="filter-q" className="block text-sm font-medium text-gray-900">
            Order number or email
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} maxLength={254} placeholder="#1001 or name@example.com" className={`${control} w-full`} {...invalid("q")} />
          {errors.q ? <p id="filter-q-error" className="mt-1 text-sm text-red-700">{errors.q}</p> : null}
        </div>
        <div>
          <label htmlFor="filter-paymentStatus" className="block text-sm font-medium text-gray-900">
            Payment
          </label>
          <select id="filter-paymentStatus" name="paymentStatus" defaultValue={values.paymentStatus ?? ""} className={control} {...invalid("paymentStatus")}>
            <option value="">Any</option>
            {PAYMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PAYMENT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          {errors.paymentStatus ? <p id="filter-paymentStatus-error" className="mt-1 text-sm text-red-700">{errors.paymentStatus}</p> : null}
        </div>
        <div>
          <label htmlFor="filter-fulfillmentStatus" className="block text-sm font-medium text-gray-900">
            Fulfilment
          </label>
          <select id="filter-fulfillmentStatus" name="fulfillmentStatus" defaultValue={values.fulfillmentStatus ?? ""} className={control} {...invalid("fulfillmentStatus")}>
            <option value="">Any</option>
            {FULFILLMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {FULFILLMENT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          {errors.fulfillmentStatus ? <p id="filter-fulfillmentStatus-error" className="mt-1 text-sm text-red-700">{errors.fulfillmentStatus}</p> : null}
        </div>
        <button type="submit" className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700">
          Apply
        </button>
        {filtered ? (
          <Link href={path} className="py-2 text-sm text-blue-700 underline">
            Clear filters
          </Link>
        ) : null}
      </form>
      {result ? (
        <>
          <p className="mt-4 text-sm text-gray-600" aria-live="polite">
            {result.total === 1 ? "1 order" : `${result.total} orders`}
            {filtered ? " match" : ""}.
          </p>
          {result.items.length ? (
            <DataTable className="mt-3" caption={<>Orders of {staff.store.name}</>} columns={["Order", "Placed", "Customer", "Payment", "Fulfilment", { label: "Items", align: "right", tight: true }, { label: "Total", align: "right" }]}>
              <tbody className="divide-y divide-gray-200">
                {result.items.map((o) => (
                  <tr key={o.id}>
                    <th scope="row" className="px-4 py-3 font-medium">
                      <Link href={`${path}/${o.id}`} className="whitespace-nowrap text-blue-700 underline">
                        Order {orderLabel(o.number)}
                      </Link>
                      {o.status === "CANCELLED" ? <span className="ml-2 text-xs font-normal text-red-800">Cancelled</span> : null}
                    </th>
                    <td className="whitespace-nowrap px-4 py-3">
                      <StoreTime at={o.placedAt} timeZone={timeZone} />
                    </td>
                    <td className="break-all px-4 py-3">{o.email}</td>
                    <td className="px-4 py-3">
                      <StatusPill kind="payment" status={o.paymentStatus} />
                      <span className="block whitespace-nowrap text-xs text-gray-600">{o.paymentMethod === "COD" ? "Cash / transfer" : "Card"}</span>
                    </td>
                    <td className="px-4 py-3">
                      <StatusPill kind="fulfillment" status={o.fulfillmentStatus} />
                    </td>
                    <td className="px-3 py-3 text-right tabular-nums">{o.itemCount}</td>
                    <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">{money(o.total, o.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : (
            <p className="mt-4 text-sm">{filtered ? "No orders match these filters." : "No orders yet. Orders placed on your storefront appear here."}</p>
          )}
          <Pagination path={path} params={values} page={result.page} pageCount={result.pageCount} />
        </>
      ) : (
        <p className="mt-4 text-sm text-red-700" role="alert">
          Fix the filters above to see orders.
        </p>
      )}
    </main>
  );
}
