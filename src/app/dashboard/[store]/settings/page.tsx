import type { Metadata } from "next";
import { StoreSettingsForm } from "@/components/dashboard/store-settings-form";
import { requireStaffPage } from "@/server/http";
import { getStoreSettings, timeZoneOptions } from "@/server/onboarding";
import { updateStoreSettingsAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

type TProps = { params: Promise<{ store: string }> };

export default async function StoreSettingsPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "settings:write");
  const settings = await getStoreSettings(staff.store.id);
  return (
    <main>
      <h1 className="text-2xl font-bold">Settings</h1>
      <dl className="mt-4 grid max-w-xl gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-gray-500">Address</dt>
          <dd className="font-medium">{settings.slug}</dd>
        </div>
        <div>
          <dt className="text-gray-500">Country</dt>
          <dd className="font-medium">{settings.country}</dd>
        </div>
        <div>
          <dt className="text-gray-500">Currency</dt>
          <dd className="font-medium">{settings.currency}</dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-gray-600">The address, country and currency are fixed when a store is created.</p>
      <StoreSettingsForm
        action={updateStoreSettingsAction.bind(null, settings.slug)}
        settings={{ name: settings.name, themeColor: settings.themeColor, timeZone: settings.timeZone }}
        timeZones={timeZoneOptions()}
      />
    </main>
  );
}
