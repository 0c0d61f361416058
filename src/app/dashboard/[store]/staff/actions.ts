"use server";

import { revalidatePath } from "next/cache";
import type { TFormState } from "@/components/dashboard/form-state";
import { requireStaff } from "@/server/http";
import { changeMemberRole, inviteStaff, removeMember, revokeInvitation, transferOwnership, type TStaffActor } from "@/server/staff";
import { formError, formValues, requestContext } from "../../action-helpers";

/** Every staff action re-checks staff:manage for this store on the server. */
async function staffActor(slug: string): Promise<{ storeId: string; actor: TStaffActor }> {
  const staff = await requireStaff(slug, "staff:manage");
  return { storeId: staff.store.id, actor: { userId: staff.actor.userId, ...(await requestContext()) } };
}

async function run(slug: string, values: Record<string, string> | undefined, work: (ctx: { storeId: string; actor: TStaffActor }) => Promise<unknown>, message: string): Promise<TFormState> {
  try {
    await work(await staffActor(slug));
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath(`/dashboard/${slug}/staff`);
  return { status: "ok", message };
}

export async function inviteStaffAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["email", "role"]);
  return run(slug, values, ({ storeId, actor }) => inviteStaff(storeId, actor, values), "Invitation sent. The link works for 7 days.");
}

export async function revokeInvitationAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["invitationId"]);
  return run(slug, undefined, ({ storeId, actor }) => revokeInvitation(storeId, actor, values), "Invitation revoked.");
}

export async function changeMemberRoleAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["membershipId", "role"]);
  return run(slug, values, ({ storeId, actor }) => changeMemberRole(storeId, actor, values), "Role changed.");
}

export async function removeMemberAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const values = formValues(formData, ["membershipId"]);
  return run(slug, undefined, ({ storeId, actor }) => removeMember(storeId, actor, values), "Removed from the staff.");
}

export async function transferOwnershipAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  const input = { membershipId: String(formData.get("membershipId") ?? ""), formerOwnerBecomesAdmin: formData.get("formerOwnerBecomesAdmin") === "on" };
  const result = await run(slug, undefined, ({ storeId, actor }) => transferOwnership(storeId, actor, input), "Ownership transferred.");
  if (result.status === "ok") revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}
