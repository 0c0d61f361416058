"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { TRedriveState } from "@/components/admin/redrive-form";
import { redriveEvents, ZRedriveEventsInput } from "@/server/events";
import { requirePlatformAdminPage } from "@/server/http";

/** Re-drives the dead events named by the form's `eventId` fields (1-500). Platform admins only. */
export async function redriveEventsAction(_state: TRedriveState, formData: FormData): Promise<TRedriveState> {
  const actor = await requirePlatformAdminPage("/admin/events");
  const parsed = ZRedriveEventsInput.safeParse({ eventIds: formData.getAll("eventId").map(String) });
  if (!parsed.success) return { status: "error", message: "Choose between 1 and 500 events to re-drive." };
  const redriven = await redriveEvents({
    eventIds: parsed.data.eventIds.map((id) => BigInt(id)),
    actorId: actor.userId,
    userAgent: (await headers()).get("user-agent"),
  });
  revalidatePath("/admin/events");
  if (redriven === 0) return { status: "error", message: "Nothing re-driven: those events are no longer dead." };
  return { status: "done", message: `${redriven} ${redriven === 1 ? "event" : "events"} queued for delivery again.` };
}
