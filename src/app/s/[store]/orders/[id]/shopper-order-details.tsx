import { OrderDetails } from "@/components/storefront/orders/order-details";
import { getCheckoutSettings, PICKUP_RATE_NAME } from "@/server/checkout";
import { countryOptions } from "@/server/customers";
import { createDownloadLinks, type TOrderView } from "@/server/orders";
import { codInstructionsOf } from "@/server/payments";

type TProps = {
  storeId: string;
  timeZone: string;
  order: TOrderView;
  /** How "Pay by card" proves access: the status token, or null for the owner's session. */
  payment: { token: string | null; orderPath: string };
  returnedFromPayment: boolean;
};

/**
 * An order's details as its shopper sees them, on the status page and the account's order
 * page: the store's cash-on-delivery and pickup instructions, country names, and download
 * links. Only a visitor allowed to see the order gets here (the caller has checked), so the
 * 24-hour links are made fresh on every render.
 */
export async function ShopperOrderDetails({ storeId, timeZone, order, payment, returnedFromPayment }: TProps) {
  const settings = await getCheckoutSettings(storeId);
  const names = new Map(countryOptions().map((c) => [c.value, c.label]));
  return (
    <OrderDetails
      order={order}
      timeZone={timeZone}
      codInstructions={codInstructionsOf(settings)}
      pickupInstructions={settings.pickupInstructions}
      pickup={order.shippingRateName === PICKUP_RATE_NAME}
      payment={payment}
      returnedFromPayment={returnedFromPayment}
      countryName={(code) => names.get(code) ?? code}
      downloads={createDownloadLinks(storeId, order)}
    />
  );
}
