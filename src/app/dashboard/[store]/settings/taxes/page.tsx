import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmDelete } from "@/components/dashboard/catalog/confirm-delete";
import { basisPointsToPercent } from "@/lib/percent";
import { TaxRateForm } from "@/components/dashboard/commerce-settings/tax-rate-form";
import { getCheckoutSettings, listTaxRates } from "@/server/checkout";
import { countryOptions } from "@/server/customers";
import { requireStaffPage } from "@/server/http";
import { getStoreProfile } from "@/server/stores";
import { createTaxRateAction, deleteTaxRateAction, updateTaxRateAction } from "./actions";
import { DataTable } from "@/components/dashboard/data-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Taxes" };

type TProps = { params: Promise<{ store: string }> };

/** Tax rates (settings:write) by country and region; the checkout applies the most specific match. */
export default async function TaxSettingsPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "settings:write");
  const [rates, settings, profile] = await Promise.all([listTaxRates(staff.store.id), getCheckoutSettings(staff.store.id), getStoreProfile(staff.store.id)]);
  const countries = countryOptions();
  const countryName = new Map(countries.map((c) => [c.value, c.label]));
  const s = staff.store.slug;
  return (
    <main className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Taxes</h1>
        <p className="mt-1 max-w-prose text-sm text-gray-600">
          The tax charged on an order follows its shipping address (or the store&rsquo;s country for pickup and digital orders): a rate for the address&rsquo;s region wins over the
          country&rsquo;s rate. Tax is rounded per line.
        </p>
        <p className="mt-2 text-sm">
          Your prices {settings.pricesIncludeTax ? "include" : "do not include"} tax:{" "}
          <Link href={`/dashboard/${s}/settings/checkout`} className="text-blue-700 underline">
            change in checkout settings
          </Link>
          .
        </p>
      </div>
      {rates.length ? (
        <DataTable caption={<>Tax rates of {staff.store.name}</>} columns={["Country", "Region", "Name", { label: "Rate", align: "right" }]}>
          <tbody className="divide-y divide-gray-100">
            {rates.map((r) => (
              <tr key={r.id}>
                <th scope="row" className="px-4 py-2 font-medium">
                  {countryName.get(r.country) ?? r.country}
                </th>
                <td className="px-4 py-2">{r.region ?? "Whole country"}</td>
                <td className="px-4 py-2">{r.name}</td>
                <td className="px-4 py-2 text-right tabular-nums">{basisPointsToPercent(r.rateBp)} %</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : (
        <p className="text-sm">No tax rates: orders are charged no tax.</p>
      )}

      {rates.map((r) => {
        const place = `${countryName.get(r.country) ?? r.country}${r.region ? `, ${r.region}` : ""}`;
        return (
          <details key={r.id} className="rounded-md border border-gray-200 bg-gray-50 px-3 py-2 [&[open]]:bg-white">
            <summary className="cursor-pointer text-sm font-medium text-blue-700 underline">
              Edit or delete {r.name} ({place})
            </summary>
            <div className="mt-3 space-y-4">
              <TaxRateForm
                action={updateTaxRateAction.bind(null, s, r.id)}
                countries={countries}
                idPrefix={`tax-${r.id}`}
                submitLabel="Save tax rate"
                rate={{ country: r.country, region: r.region ?? "", name: r.name, rate: basisPointsToPercent(r.rateBp) }}
              />
              <ConfirmDelete action={deleteTaxRateAction.bind(null, s, r.id)} label="Delete tax rate" question={`Delete ${r.name} for ${place}? Orders already placed keep their tax.`} />
            </div>
          </details>
        );
      })}

      <section aria-labelledby="add-tax-rate-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="add-tax-rate-heading" className="text-lg font-semibold">
          Add a tax rate
        </h2>
        <div className="mt-3">
          <TaxRateForm action={createTaxRateAction.bind(null, s)} countries={countries} idPrefix="add-tax" submitLabel="Add tax rate" defaultCountry={profile?.country} />
        </div>
      </section>
    </main>
  );
}
