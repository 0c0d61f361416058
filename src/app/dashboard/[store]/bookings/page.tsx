import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { firstValues, type TRawSearchParams } from "@/components/admin/search-params";
import { orderLabel } from "@/components/dashboard/orders/order-labels";
import { StatusPill } from "@/components/dashboard/orders/status-pill";
import { formatSlotTimes, slotTimeFormat } from "@/server/catalog";
import { requireStaffPage } from "@/server/http";
import { listUpcomingBookings, ZUpcomingBookingsQuery } from "@/server/orders";
import { getStoreProfile } from "@/server/stores";
import { DataTable } from "@/components/dashboard/data-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Bookings" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<TRawSearchParams> };

/**
 * Upcoming service bookings (orders:read), soonest first, with the slot's time in the store's
 * time zone, the service, the places booked, the order and the customer's email. Cancelled
 * orders are left out by the orders domain.
 */
export default async function BookingsPage({ params, searchParams }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "orders:read");
  const raw = firstValues(await searchParams);
  const parsed = ZUpcomingBookingsQuery.safeParse({ page: raw.page });
  const query = parsed.success ? parsed.data : { page: 1 };
  const [result, profile] = await Promise.all([listUpcomingBookings(staff.store.id, query), getStoreProfile(staff.store.id)]);
  const timeZone = profile?.timeZone ?? "UTC";
  const when = slotTimeFormat(timeZone);
  const base = `/dashboard/${staff.store.slug}`;
  return (
    <main>
      <h1 className="text-2xl font-bold">Bookings</h1>
      <p className="mt-1 text-sm text-gray-600">
        Upcoming service bookings, soonest first. Times are in the store&rsquo;s time zone, <strong>{timeZone}</strong>.
      </p>
      <p className="mt-4 text-sm text-gray-600" aria-live="polite">
        {result.total === 1 ? "1 upcoming booking" : `${result.total} upcoming bookings`}.
      </p>
      {result.items.length ? (
        <DataTable className="mt-3" caption={<>Upcoming bookings of {staff.store.name} ({timeZone})</>} columns={["When", "Service", { label: "Places", align: "right" }, "Order", "Customer"]}>
          <tbody className="divide-y divide-gray-200">
            {result.items.map((b) => {
              const times = b.slotEndsAt ? formatSlotTimes({ startsAt: b.slotStartsAt, endsAt: b.slotEndsAt }, timeZone) : { start: when.format(b.slotStartsAt), end: null };
              return (
              <tr key={b.lineId} className="align-top">
                <th scope="row" className="whitespace-nowrap px-4 py-3 font-medium">
                  <time dateTime={b.slotStartsAt.toISOString()}>{times.start}</time>
                  {times.end ? <span className="block text-xs font-normal text-gray-600">until {times.end}</span> : null}
                </th>
                <td className="px-4 py-3">
                  {b.title}
                  {b.variantTitle && b.variantTitle !== "Default" ? <span className="block text-xs text-gray-600">{b.variantTitle}</span> : null}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{b.quantity}</td>
                <td className="px-4 py-3">
                  <Link href={`${base}/orders/${b.orderId}`} className="text-blue-700 underline">
                    Order {orderLabel(b.orderNumber)}
                  </Link>
                  <span className="mt-1 block">
                    <StatusPill kind="payment" status={b.paymentStatus} />
                  </span>
                </td>
                <td className="break-all px-4 py-3">{b.email}</td>
              </tr>
              );
            })}
          </tbody>
        </DataTable>
      ) : (
        <p className="mt-4 text-sm">No upcoming bookings. When shoppers book a time slot of one of your services, it appears here.</p>
      )}
      <Pagination path={`${base}/bookings`} params={{}} page={result.page} pageCount={result.pageCount} />
    </main>
  );
}
