import type { Metadata } from "next";
import Link from "next/link";
import { AccountTabs, formatStoreTime } from "@/components/storefront/account/account-tabs";
import { itemCountText } from "@/components/storefront/cart/line-label";
import { formatPrice } from "@/components/storefront/format-price";
import { fulfillmentWords, paymentWords } from "@/components/storefront/orders/order-words";
import { primaryButton, textLink } from "@/components/storefront/styles";
import { CUSTOMER_ORDER_LIMIT, listCustomerOrders } from "@/server/orders";
import { requireCustomerPage } from "@/server/http";
import { loadStore } from "../../load-store";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your orders" };

/** The signed-in customer's orders at this store, newest first. */
export default async function AccountOrdersPage({ params }: { params: Promise<{ store: string }> }) {
  const store = await loadStore(params);
  const { storeId, customerId } = await requireCustomerPage("/account/orders");
  const orders = await listCustomerOrders(storeId, customerId);
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold">Your account</h1>
      <div className="mt-6">
        <AccountTabs current="orders" />
      </div>
      <h2 className="text-lg font-semibold">Orders</h2>
      {orders.length === 0 ? (
        <div className="mt-4 space-y-4">
          <p className="text-gray-600">You have not placed an order while signed in yet.</p>
          <Link href="/" className={primaryButton}>
            Start shopping
          </Link>
        </div>
      ) : (
        <>
          <ul className="mt-4 divide-y divide-gray-200 border-y border-gray-200" data-testid="account-orders">
            {orders.map((o) => (
              <li key={o.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-4 text-sm">
                <div className="space-y-1">
                  <p>
                    <Link href={`/account/orders/${encodeURIComponent(o.id)}`} prefetch={false} className={`text-base ${textLink}`}>
                      Order #{o.number}
                    </Link>
                  </p>
                  <p className="text-gray-600">
                    {formatStoreTime(o.placedAt, store.timeZone)} · {itemCountText(o.itemCount)}
                  </p>
                  <p>
                    {paymentWords(o)} · {fulfillmentWords(o)}
                  </p>
                </div>
                <p className="font-semibold tabular-nums">{formatPrice(o.total, o.currency)}</p>
              </li>
            ))}
          </ul>
          {orders.length >= CUSTOMER_ORDER_LIMIT ? <p className="mt-4 text-sm text-gray-600">Showing your {CUSTOMER_ORDER_LIMIT} most recent orders.</p> : null}
        </>
      )}
    </main>
  );
}
