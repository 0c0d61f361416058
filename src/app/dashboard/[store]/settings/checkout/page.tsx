import type { Metadata } from "next";
import { CheckoutSettingsForm } from "@/components/dashboard/commerce-settings/checkout-settings-form";
import { getCheckoutSettings, RESERVATION_MINUTES } from "@/server/checkout";
import { MAX_LINE_QUANTITY_LIMIT } from "@/server/cart";
import { countryOptions } from "@/server/customers";
import { requireStaffPage } from "@/server/http";
import { DEFAULT_COD_INSTRUCTIONS } from "@/server/payments";
import { updateCheckoutSettingsAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checkout settings" };

type TProps = { params: Promise<{ store: string }> };

/** Checkout settings (settings:write): where the store ships, tax-inclusive prices, stock holds, pickup and cash on delivery. */
export default async function CheckoutSettingsPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "settings:write");
  const settings = await getCheckoutSettings(staff.store.id);
  return (
    <main>
      <h1 className="text-2xl font-bold">Checkout</h1>
      <p className="mt-1 max-w-prose text-sm text-gray-600">
        How shoppers check out. Shipping rates and tax rates have their own pages; card payments are set up under Payments.
      </p>
      <CheckoutSettingsForm
        action={updateCheckoutSettingsAction.bind(null, staff.store.slug)}
        settings={{
          shipCountries: settings.shipCountries,
          pricesIncludeTax: settings.pricesIncludeTax,
          reservationMinutes: settings.reservationMinutes,
          maxLineQuantity: settings.maxLineQuantity,
          localPickupEnabled: settings.localPickupEnabled,
          pickupInstructions: settings.pickupInstructions ?? "",
          codEnabled: settings.codEnabled,
          codInstructions: settings.codInstructions ?? "",
        }}
        countries={countryOptions()}
        reservationLimits={RESERVATION_MINUTES}
        maxLineLimit={MAX_LINE_QUANTITY_LIMIT}
        defaultCodInstructions={DEFAULT_COD_INSTRUCTIONS}
      />
    </main>
  );
}
