import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmDelete } from "@/components/dashboard/catalog/confirm-delete";
import { ShippingRateForm, ShippingZoneForm } from "@/components/dashboard/commerce-settings/shipping-forms";
import { money } from "@/components/dashboard/orders/order-labels";
import { getCheckoutSettings, listShippingZones, type TShippingRateView } from "@/server/checkout";
import { countryOptions } from "@/server/customers";
import { requireStaffPage } from "@/server/http";
import { getStoreProfile } from "@/server/stores";
import {
  createShippingRateAction,
  createShippingZoneAction,
  deleteShippingRateAction,
  deleteShippingZoneAction,
  updateShippingRateAction,
  updateShippingZoneAction,
} from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Shipping" };

type TProps = { params: Promise<{ store: string }> };

function weightBand(rate: TShippingRateView): string {
  if (rate.kind !== "WEIGHT") return "Any weight";
  const g = (n: number) => (n >= 1000 && n % 100 === 0 ? `${n / 1000} kg` : `${n} g`);
  if (rate.minWeightGrams != null && rate.maxWeightGrams != null) return `${g(rate.minWeightGrams)} to ${g(rate.maxWeightGrams)}`;
  if (rate.maxWeightGrams != null) return `Up to ${g(rate.maxWeightGrams)}`;
  if (rate.minWeightGrams != null) return `From ${g(rate.minWeightGrams)}`;
  return "Any weight";
}

const disclosure = "rounded-md border border-gray-200 bg-gray-50 px-3 py-2 [&[open]]:bg-white";
const summary = "cursor-pointer text-sm font-medium text-blue-700 underline";

/**
 * Shipping settings (settings:write): zones (countries, optionally only some regions) and
 * their rates (flat or by weight band, optionally free over a subtotal). A shopper's address
 * picks the most specific zone; its rates are offered at checkout, with local pickup when on.
 */
export default async function ShippingSettingsPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "settings:write");
  const [zones, settings, profile] = await Promise.all([listShippingZones(staff.store.id), getCheckoutSettings(staff.store.id), getStoreProfile(staff.store.id)]);
  const currency = profile?.currency ?? "USD";
  const countries = countryOptions();
  const countryName = new Map(countries.map((c) => [c.value, c.label]));
  const s = staff.store.slug;
  const notShipped = [...new Set(zones.flatMap((z) => z.countries.map((c) => c.country)))].filter((c) => !settings.shipCountries.includes(c));

  return (
    <main className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Shipping</h1>
        <p className="mt-1 max-w-prose text-sm text-gray-600">
          Zones group the places you ship to; each zone has its own rates. When an address fits several zones, the one naming its region wins over a whole-country zone. Prices are in {currency}.
        </p>
        <p className="mt-2 text-sm">
          Local pickup is {settings.localPickupEnabled ? "on" : "off"} and you ship to {settings.shipCountries.length ? settings.shipCountries.join(", ") : "no countries"}:{" "}
          <Link href={`/dashboard/${s}/settings/checkout`} className="text-blue-700 underline">
            change in checkout settings
          </Link>
          .
        </p>
        {notShipped.length ? (
          <p role="status" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Some zones cover countries you do not ship to ({notShipped.join(", ")}): shoppers there cannot check out until you add them in the checkout settings.
          </p>
        ) : null}
      </div>

      {zones.length === 0 ? <p className="text-sm">No shipping zones yet: shoppers can only choose local pickup (when it is on). Add a zone below.</p> : null}

      {zones.map((zone) => (
        <section key={zone.id} aria-labelledby={`zone-${zone.id}`} className="space-y-4 rounded-lg border border-gray-200 bg-white p-4">
          <div>
            <h2 id={`zone-${zone.id}`} className="text-lg font-semibold">
              {zone.name}
            </h2>
            <p className="text-sm text-gray-700">
              {zone.countries
                .map((c) => `${countryName.get(c.country) ?? c.country}${c.regions?.length ? ` (only ${c.regions.join(", ")})` : ""}`)
                .join("; ")}
            </p>
          </div>
          {zone.rates.length ? (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Rates of {zone.name}</caption>
                <thead className="text-xs uppercase tracking-wide text-gray-600">
                  <tr>
                    <th scope="col" className="py-2 pr-3">Rate</th>
                    <th scope="col" className="px-3 py-2">Weight</th>
                    <th scope="col" className="px-3 py-2 text-right">Price</th>
                    <th scope="col" className="px-3 py-2">Free over</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100">
                  {zone.rates.map((rate) => (
                    <tr key={rate.id}>
                      <th scope="row" className="py-2 pr-3 font-medium">
                        {rate.name}
                      </th>
                      <td className="px-3 py-2">{weightBand(rate)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{money(rate.price, currency)}</td>
                      <td className="px-3 py-2">{rate.freeOver ? `${money(rate.freeOver, currency)} and more` : "Never"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="text-sm text-amber-900">No rates yet: addresses in this zone get no shipping option until you add one.</p>
          )}

          {zone.rates.map((rate) => (
            <details key={rate.id} className={disclosure}>
              <summary className={summary}>
                Edit or delete rate <span className="sr-only">“</span>
                {rate.name}
                <span className="sr-only">”</span>
              </summary>
              <div className="mt-3 space-y-4">
                <ShippingRateForm
                  action={updateShippingRateAction.bind(null, s, rate.id)}
                  currency={currency}
                  idPrefix={`rate-${rate.id}`}
                  submitLabel="Save rate"
                  rate={{
                    name: rate.name,
                    kind: rate.kind,
                    price: rate.price,
                    minWeightGrams: rate.minWeightGrams == null ? "" : String(rate.minWeightGrams),
                    maxWeightGrams: rate.maxWeightGrams == null ? "" : String(rate.maxWeightGrams),
                    freeOver: rate.freeOver ?? "",
                  }}
                />
                <ConfirmDelete action={deleteShippingRateAction.bind(null, s, rate.id)} label="Delete rate" question={`Delete the rate “${rate.name}”? Orders already placed keep their shipping.`} />
              </div>
            </details>
          ))}

          <details className={disclosure}>
            <summary className={summary}>Add a rate to {zone.name}</summary>
            <div className="mt-3">
              <ShippingRateForm action={createShippingRateAction.bind(null, s, zone.id)} currency={currency} idPrefix={`new-rate-${zone.id}`} submitLabel="Add rate" />
            </div>
          </details>

          <details className={disclosure}>
            <summary className={summary}>Edit or delete zone {zone.name}</summary>
            <div className="mt-3 space-y-4">
              <ShippingZoneForm
                action={updateShippingZoneAction.bind(null, s, zone.id)}
                countries={countries}
                idPrefix={`zone-form-${zone.id}`}
                submitLabel="Save zone"
                zone={{ name: zone.name, countries: zone.countries.map((c) => ({ country: c.country, regions: (c.regions ?? []).join(", ") })) }}
              />
              <ConfirmDelete action={deleteShippingZoneAction.bind(null, s, zone.id)} label="Delete zone" question={`Delete “${zone.name}” and its ${zone.rates.length === 1 ? "rate" : `${zone.rates.length} rates`}? Orders already placed keep their shipping.`} />
            </div>
          </details>
        </section>
      ))}

      <section aria-labelledby="new-zone" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="new-zone" className="text-lg font-semibold">
          Add a shipping zone
        </h2>
        <div className="mt-3">
          <ShippingZoneForm action={createShippingZoneAction.bind(null, s)} countries={countries} idPrefix="new-zone" submitLabel="Add zone" />
        </div>
      </section>
    </main>
  );
}
