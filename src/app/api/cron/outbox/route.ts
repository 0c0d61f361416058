import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/env";
import { AppError } from "@/server/errors";
import { drainOutbox } from "@/server/events";
import { runDueJobs } from "@/server/events/periodic-jobs";
import { productionHandlers, productionJobs } from "@/server/events/registry";
import { route } from "@/server/http";

export const dynamic = "force-dynamic";
/** Room for the 20 s drain plus the event in hand, where the platform honours it. */
export const maxDuration = 60;

const DRAIN_MS = 20_000;

function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** 404 while CRON_SECRET is unset (the route does not exist), 401 without the right bearer. */
async function authorizeCron(req: Request): Promise<void> {
  const secret = env().CRON_SECRET;
  if (!secret) throw new AppError("NOT_FOUND", "Not found");
  const match = /^Bearer (\S+)$/.exec(req.headers.get("authorization") ?? "");
  if (!match || !sameSecret(match[1]!, secret)) {
    throw new AppError("UNAUTHENTICATED", "Send Authorization: Bearer <CRON_SECRET>");
  }
}

/**
 * Delivers due outbox events for about 20 seconds and, beside that, runs the periodic jobs
 * this instance has not run within their interval (reservation expiry, Stripe reconciliation,
 * stale cart purge, housekeeping), for deployments without `npm run worker` (Vercel Cron sends GET; other
 * schedulers may POST). Safe to call while workers run: every job is idempotent and claims
 * its rows. A failing job is reported in `jobs` and does not fail the call.
 */
const drain = route({ authorize: authorizeCron }, async () => {
  const [outbox, jobs] = await Promise.all([drainOutbox({ handlers: productionHandlers, maxDurationMs: DRAIN_MS }), runDueJobs(productionJobs())]);
  return { ...outbox, jobs };
});

export const GET = drain;
export const POST = drain;
