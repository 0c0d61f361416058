import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { lineLabel } from "@/components/storefront/cart/line-label";
import { CheckoutForm } from "@/components/storefront/checkout/checkout-form";
import { NEW_ADDRESS, type TPaymentOption, type TSavedAddressOption } from "@/components/storefront/checkout/checkout-types";
import { formatSlotTimes } from "@/server/catalog";
import { getCheckoutQuote, getCheckoutSettings } from "@/server/checkout";
import { countryOptions, getCustomerProfile, listCustomerAddresses } from "@/server/customers";
import { codInstructionsOf, listPaymentMethods } from "@/server/payments";
import { loadStore } from "../load-store";
import { currentShopper, loadShopperCart } from "../cart/shopper-cart";
import { toQuoteView } from "./quote-view";

// Per shopper: reads the cart cookie and the session on every request, never cached.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

type TProps = { params: Promise<{ store: string }> };

export default async function CheckoutPage({ params }: TProps) {
  const store = await loadStore(params);
  const shopper = await currentShopper();
  const cart = await loadShopperCart(shopper);
  // Nothing to buy, or lines that cannot be bought as they are: the cart page says what to do.
  if (!cart || cart.lines.length === 0 || cart.hasProblems) redirect("/cart");

  const customerId = shopper.customerId;
  const [settings, methods, profile, addresses] = await Promise.all([
    getCheckoutSettings(store.id),
    listPaymentMethods(store.id, { availableOnly: true }),
    customerId ? getCustomerProfile(store.id, customerId) : null,
    customerId && cart.requiresShipping ? listCustomerAddresses(store.id, customerId) : [],
  ]);
  const ships = new Set(settings.shipCountries);
  const names = new Map(countryOptions().map((c) => [c.value, c.label]));
  const countries = countryOptions().filter((c) => ships.has(c.value));
  const saved: TSavedAddressOption[] = addresses.map((a) => ({
    id: a.id,
    summary: [a.name, a.line1, a.line2, a.city, a.region, a.postalCode, names.get(a.country) ?? a.country].filter(Boolean).join(", "),
    country: a.country,
    region: a.region ?? null,
    shippable: ships.has(a.country),
  }));
  const chosen = saved.find((a) => a.shippable);
  const initialCountry = ships.has(store.country) ? store.country : (countries[0]?.value ?? store.country);
  const destination = chosen ? { country: chosen.country, region: chosen.region ?? undefined } : { country: initialCountry };

  // The review starts with the first shipping option for the starting destination; later
  // changes are quoted by the form through the same domain function.
  let quote = await getCheckoutQuote(store.id, cart.id, cart.requiresShipping ? destination : {});
  const firstRate = quote.rates[0];
  if (cart.requiresShipping && firstRate) quote = await getCheckoutQuote(store.id, cart.id, { ...destination, shippingRateId: firstRate.id });

  const codInstructions = codInstructionsOf(settings);
  const paymentMethods: TPaymentOption[] = methods.map((m) => ({
    code: m.code,
    label: m.code === "stripe" ? "Card" : m.label,
    description: m.description,
    instructions: m.code === "cod" ? codInstructions : null,
  }));

  return (
    <main className="mx-auto max-w-2xl px-4 py-8 sm:py-10">
      <h1 className="text-2xl font-bold">Checkout</h1>
      <p className="mt-1 text-sm text-gray-600">{store.name}</p>
      <div className="mt-8">
        <CheckoutForm
          currency={cart.currency}
          checkoutKey={randomBytes(24).toString("base64url")}
          initialEmail={profile?.email ?? ""}
          lines={cart.lines.map((l) => ({
            id: l.id,
            label: lineLabel(l),
            quantity: l.quantity,
            lineTotal: l.lineTotal,
            slot: l.slot ? Object.values(formatSlotTimes(l.slot, store.timeZone)).join(" – ") : null,
          }))}
          requiresShipping={cart.requiresShipping}
          countries={countries}
          savedAddresses={saved}
          initialAddressId={chosen?.id ?? NEW_ADDRESS}
          initialCountry={initialCountry}
          prefill={{ name: profile?.name ?? "", phone: profile?.phone ?? "" }}
          initialQuote={toQuoteView(quote)}
          paymentMethods={paymentMethods}
        />
      </div>
    </main>
  );
}
