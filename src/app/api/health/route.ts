import { route } from "@/server/http";

export const dynamic = "force-dynamic";

/** Liveness: the process is up and serving. No dependencies checked. */
export const GET = route({}, async () => ({ status: "ok" }));
