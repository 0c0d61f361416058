/**
 * `npm run worker`: delivers outbox events to the production handlers and runs the periodic
 * jobs (reservation expiry, Stripe reconciliation, stale cart purge, housekeeping) until
 * SIGTERM/SIGINT, then finishes the event and job runs in hand, gives back the rest of its
 * batch and exits 0.
 *
 * Job intervals (milliseconds) may be overridden with JOB_EXPIRE_RESERVATIONS_MS (default
 * 60000), JOB_RECONCILE_STRIPE_MS (300000), JOB_PURGE_CARTS_MS (86400000) and
 * JOB_PRUNE_RECORDS_MS (3600000), validated by src/env.ts like every setting.
 */
import { assertEnv } from "@/env";
import { disconnectDb } from "@/server/db";
import { startWorker, stopOnSignals } from "@/server/events";
import { startPeriodicJobs } from "@/server/events/periodic-jobs";
import { productionHandlers, productionJobs, type TJobIntervals } from "@/server/events/registry";
import { log } from "@/server/log";

const config = assertEnv();
const intervals: Partial<TJobIntervals> = Object.fromEntries(
  Object.entries({
    expireReservations: config.JOB_EXPIRE_RESERVATIONS_MS,
    reconcileStripePayments: config.JOB_RECONCILE_STRIPE_MS,
    purgeStaleCarts: config.JOB_PURGE_CARTS_MS,
    pruneExpiredRecords: config.JOB_PRUNE_RECORDS_MS,
  }).filter(([, v]) => v !== undefined),
);
const worker = startWorker({ handlers: productionHandlers });
const jobs = startPeriodicJobs(productionJobs(intervals), { workerId: `${worker.workerId}-jobs` });
const unsubscribe = stopOnSignals(worker, jobs);
log.info(
  {
    workerId: worker.workerId,
    handlers: productionHandlers.map((h) => h.name),
    batchSize: config.OUTBOX_BATCH_SIZE,
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
  },
  "outbox worker started",
);

try {
  await Promise.all([worker.done, jobs.done]);
  log.info({ workerId: worker.workerId }, "outbox worker stopped");
} finally {
  unsubscribe();
  await disconnectDb();
}
