import type { Metadata } from "next";
import { CreateStoreForm } from "@/components/dashboard/create-store-form";
import { env } from "@/env";
import { countryOptions, currencyOptions, timeZoneOptions } from "@/server/onboarding";
import { requireVerifiedAccount } from "../require-account";
import { createStoreAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create a store" };

export default async function NewStorePage() {
  await requireVerifiedAccount("/dashboard/new");
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">Create a store</h1>
      <p className="mt-2 max-w-prose text-sm text-gray-600">You will be its owner. You can invite staff once it exists.</p>
      <CreateStoreForm
        action={createStoreAction}
        rootDomain={env().ROOT_DOMAIN}
        countries={countryOptions()}
        currencies={currencyOptions()}
        timeZones={timeZoneOptions()}
      />
    </main>
  );
}
