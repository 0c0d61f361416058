import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatStoreTime } from "@/components/storefront/account/account-tabs";
import { textLink } from "@/components/storefront/styles";
import { getCustomerActor } from "@/server/http";
import { loadStore } from "../../load-store";
import { findVisibleOrder } from "./order-access";
import { ShopperOrderDetails } from "./shopper-order-details";

// Per visitor (the status token or the session): never cached, never indexed.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your order", robots: { index: false, follow: false } };

type TProps = { params: Promise<{ store: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : null);

/**
 * The order status page: where the checkout lands after placing an order and where the
 * confirmation mail's link leads. Works for guests with the link's token, and for the signed-in
 * customer who placed the order without it.
 */
export default async function OrderPage({ params, searchParams }: TProps) {
  const store = await loadStore(params);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const token = one(query.token);
  const order = await findVisibleOrder(store.id, id, token);
  if (!order) notFound();
  const actor = await getCustomerActor();
  const orderPath = `/orders/${encodeURIComponent(order.id)}${token ? `?token=${encodeURIComponent(token)}` : ""}`;
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:py-10">
      {order.status === "OPEN" ? <p className="text-sm font-medium text-green-800">Thank you for your order!</p> : null}
      <h1 className="mt-1 text-2xl font-bold" data-testid="order-heading">
        Order #{order.number}
      </h1>
      <p className="mt-1 text-sm text-gray-600">Placed {formatStoreTime(order.placedAt, store.timeZone)}</p>
      <div className="mt-6">
        <ShopperOrderDetails storeId={store.id} timeZone={store.timeZone} order={order} payment={{ token, orderPath }} returnedFromPayment={one(query.redirect_status) === "succeeded"} />
      </div>
      <p className="mt-10 text-sm">
        {actor ? (
          <Link href="/account/orders" prefetch={false} className={textLink}>
            All your orders
          </Link>
        ) : (
          <>
            Keep the link from your confirmation email to come back to this page.{" "}
            <Link href="/" className={textLink}>
              Continue shopping
            </Link>
          </>
        )}
      </p>
    </main>
  );
}
