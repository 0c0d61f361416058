import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountTabs, formatStoreTime } from "@/components/storefront/account/account-tabs";
import { textLink } from "@/components/storefront/styles";
import { requireCustomerPage } from "@/server/http";
import { getCustomerOrder, ZOrderId } from "@/server/orders";
import { loadStore } from "../../../load-store";
import { ShopperOrderDetails } from "../../../orders/[id]/shopper-order-details";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your order" };

type TProps = { params: Promise<{ store: string; id: string }> };

/** One of the signed-in customer's orders; another customer's or store's order is 404. */
export default async function AccountOrderPage({ params }: TProps) {
  const store = await loadStore(params);
  const { id } = await params;
  const { storeId, customerId } = await requireCustomerPage(`/account/orders/${encodeURIComponent(id)}`);
  const orderId = ZOrderId.safeParse(id);
  const order = orderId.success ? await getCustomerOrder(storeId, customerId, orderId.data) : null;
  if (!order) notFound();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold">Your account</h1>
      <div className="mt-6">
        <AccountTabs current="orders" />
      </div>
      <p className="text-sm">
        <Link href="/account/orders" prefetch={false} className={textLink}>
          ← All orders
        </Link>
      </p>
      <h2 className="mt-4 text-xl font-semibold" data-testid="order-heading">
        Order #{order.number}
      </h2>
      <p className="mt-1 text-sm text-gray-600">Placed {formatStoreTime(order.placedAt, store.timeZone)}</p>
      <div className="mt-6">
        <ShopperOrderDetails storeId={storeId} timeZone={store.timeZone} order={order} payment={{ token: null, orderPath: `/orders/${encodeURIComponent(order.id)}` }} returnedFromPayment={false} />
      </div>
    </main>
  );
}
