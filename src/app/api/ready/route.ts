import { checkReadiness } from "@/server/health";
import { route } from "@/server/http";

export const dynamic = "force-dynamic";

/** Readiness: database reachable and all migrations applied (200), otherwise 503 with a reason. */
export const GET = route({}, async () => {
  const result = await checkReadiness();
  return Response.json(result.ready ? { status: "ready" } : { status: "not_ready", ...result }, {
    status: result.ready ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
});
