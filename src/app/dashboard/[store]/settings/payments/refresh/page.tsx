import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/dashboard/action-button";
import { requireStaffPage } from "@/server/http";
import { startStripeOnboardingAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Continue Stripe onboarding", robots: { index: false } };

type TProps = { params: Promise<{ store: string }> };

/**
 * Where Stripe sends the merchant when an onboarding link has expired or was already used
 * (settings:write). A new link is made only when they press the button (a POST), never by
 * merely opening this address.
 */
export default async function StripeRefreshPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "settings:write");
  return (
    <main className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Continue Stripe onboarding</h1>
      <p className="text-sm text-gray-700">The onboarding link has expired or was already used. Get a new one to carry on where you left off.</p>
      <ActionButton action={startStripeOnboardingAction.bind(null, staff.store.slug)} label="Continue onboarding" pendingLabel="Opening Stripe…" />
      <p className="text-sm">
        <Link href={`/dashboard/${staff.store.slug}/settings/payments`} className="text-blue-700 underline">
          Back to payment settings
        </Link>
      </p>
    </main>
  );
}
