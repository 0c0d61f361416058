"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TFormState } from "@/components/dashboard/form-state";
import { requireStaff } from "@/server/http";
import { platformUrl } from "@/server/onboarding";
import { createStripeOnboardingLink, refreshStripeAccountStatus } from "@/server/payments";
import { formError, requestContext } from "../../../action-helpers";

const paymentsPath = (slug: string) => `/dashboard/${slug}/settings/payments`;

/**
 * "Connect with Stripe" / "Continue onboarding" (settings:write, checked here): the payments
 * domain creates the store's connected account once and a single-use onboarding link; the
 * merchant is sent to Stripe, which sends them back to the return page (or to the refresh
 * page when the link has expired). Refusals (Stripe not configured, Stripe unreachable) are
 * shown above the button.
 */
export async function startStripeOnboardingAction(slug: string, _state: TFormState, _formData: FormData): Promise<TFormState> {
  let url: string;
  try {
    const staff = await requireStaff(slug, "settings:write");
    const link = await createStripeOnboardingLink(
      staff.store.id,
      { kind: "user", userId: staff.actor.userId },
      { returnUrl: platformUrl(`${paymentsPath(staff.store.slug)}/return`), refreshUrl: platformUrl(`${paymentsPath(staff.store.slug)}/refresh`) },
      await requestContext(),
    );
    url = link.url;
  } catch (error) {
    return formError(error);
  }
  redirect(url);
}

/** Asks Stripe for the connected account's current state (charges enabled, details submitted). */
export async function refreshStripeStatusAction(slug: string, _state: TFormState, _formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "settings:write");
    const status = await refreshStripeAccountStatus(staff.store.id);
    revalidatePath(paymentsPath(slug));
    return { status: "ok", message: `Status checked with Stripe. ${status.message}` };
  } catch (error) {
    return formError(error);
  }
}
