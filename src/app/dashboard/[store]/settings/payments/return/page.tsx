import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AppError } from "@/server/errors";
import { requireStaffPage } from "@/server/http";
import { refreshStripeAccountStatus } from "@/server/payments";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Back from Stripe", robots: { index: false } };

type TProps = { params: Promise<{ store: string }> };

/**
 * Where Stripe's onboarding sends the merchant back (settings:write). Asks Stripe for the
 * account's state (reading and saving it is safe to repeat), then shows the payments page.
 * Stripe being unreachable is said there, not an error page: the account.updated webhook
 * brings the same state later.
 */
export default async function StripeReturnPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "settings:write");
  let outcome = "?stripe=returned";
  try {
    await refreshStripeAccountStatus(staff.store.id);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // CONFLICT: Stripe is not configured (any more); the payments page says so itself.
    outcome = error.code === "CONFLICT" ? "" : "?stripe=unreachable";
  }
  redirect(`/dashboard/${staff.store.slug}/settings/payments${outcome}`);
}
