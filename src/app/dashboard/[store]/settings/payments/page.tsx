import type { Metadata } from "next";
import Link from "next/link";
import { StripeConnectPanel } from "@/components/dashboard/commerce-settings/stripe-connect-panel";
import { getCheckoutSettings } from "@/server/checkout";
import { requireStaffPage } from "@/server/http";
import { getStripeConnectStatus } from "@/server/payments";
import { getStoreProfile } from "@/server/stores";
import { refreshStripeStatusAction, startStripeOnboardingAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payments" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<{ stripe?: string }> };

const RETURN_MESSAGES: Record<string, { tone: "ok" | "error"; text: string }> = {
  returned: { tone: "ok", text: "Welcome back from Stripe. The status below is what Stripe reports now." },
  unreachable: { tone: "error", text: "Welcome back from Stripe. Stripe could not be reached to check your account: try “Check status with Stripe” in a moment." },
};

/**
 * Payment settings (settings:write): the Stripe Connect status (from our records; "Check
 * status" asks Stripe) with the button that starts or continues onboarding, and cash on
 * delivery / bank transfer, which is configured with the checkout settings.
 */
export default async function PaymentSettingsPage({ params, searchParams }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "settings:write");
  const [status, settings, profile, { stripe }] = await Promise.all([
    getStripeConnectStatus(staff.store.id),
    getCheckoutSettings(staff.store.id),
    getStoreProfile(staff.store.id),
    searchParams,
  ]);
  const returned = stripe ? RETURN_MESSAGES[stripe] : undefined;
  const s = staff.store.slug;
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Payments</h1>
        <p className="mt-1 max-w-prose text-sm text-gray-600">How customers pay you. Card payments go straight to your own Stripe account.</p>
      </div>
      {returned ? (
        <p role={returned.tone === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${returned.tone === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-green-200 bg-green-50 text-green-800"}`}>
          {returned.text}
        </p>
      ) : null}
      <StripeConnectPanel
        status={status}
        timeZone={profile?.timeZone ?? "UTC"}
        onboardAction={startStripeOnboardingAction.bind(null, s)}
        refreshAction={refreshStripeStatusAction.bind(null, s)}
      />
      <section aria-labelledby="cod-heading" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="cod-heading" className="text-lg font-semibold">
          Cash on delivery and bank transfer
        </h2>
        <p className="mt-2 text-sm">
          {settings.codEnabled
            ? "On: customers can order now and pay the courier or by bank transfer. You mark each order paid from its page when the money arrives."
            : "Off: customers cannot choose cash on delivery or bank transfer."}
        </p>
        <p className="mt-2 text-sm">
          <Link href={`/dashboard/${s}/settings/checkout`} className="text-blue-700 underline">
            Turn it {settings.codEnabled ? "off" : "on"} or change its instructions in the checkout settings
          </Link>
        </p>
      </section>
    </main>
  );
}
