import { redriveEvents, ZRedriveEventsInput } from "@/server/events";
import { authorizePlatformAdmin, platformAdminActor, route } from "@/server/http";

export const dynamic = "force-dynamic";

/** Re-drives dead outbox events: POST {"eventIds": ["12", ...]} (1-500) -> {"redriven": n}. */
export const POST = route({ authorize: authorizePlatformAdmin, body: ZRedriveEventsInput }, async ({ req, body }) => {
  const actor = await platformAdminActor();
  const redriven = await redriveEvents({
    eventIds: body.eventIds.map((id) => BigInt(id)),
    actorId: actor.userId,
    userAgent: req.headers.get("user-agent"),
  });
  return { redriven };
});
