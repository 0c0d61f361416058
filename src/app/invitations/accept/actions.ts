"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TFormState } from "@/components/dashboard/form-state";
import { getPlatformActor } from "@/server/http";
import { acceptInvitation } from "@/server/staff";
import { requestContext } from "../../dashboard/action-helpers";

const REFUSED = {
  invalid: "This invitation link is not valid.",
  expired: "This invitation has expired. Ask the store for a new one.",
  revoked: "This invitation was withdrawn.",
  accepted: "This invitation has been used already.",
  wrong_email: "This invitation was sent to another email address.",
  unverified: "Verify your email address first.",
} as const;

/** Accepts as the signed-in user, then opens the store's dashboard. */
export async function acceptInvitationAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  const actor = await getPlatformActor();
  if (!actor) return { status: "error", message: "Sign in to accept the invitation." };
  const result = await acceptInvitation({ store: formData.get("store"), token: formData.get("token") }, { userId: actor.userId, ...(await requestContext()) });
  if (result.status !== "joined" && result.status !== "already_member") return { status: "error", message: REFUSED[result.status] };
  revalidatePath("/dashboard", "layout");
  redirect(`/dashboard/${result.store.slug}`);
}
