/**
 * `npm run worker`: delivers outbox events to the production handlers until SIGTERM/SIGINT,
 * then finishes the event in hand, gives back the rest of its batch and exits 0.
 */
import { assertEnv } from "@/env";
import { disconnectDb } from "@/server/db";
import { startWorker, stopOnSignals } from "@/server/events";
import { productionHandlers } from "@/server/events/registry";
import { log } from "@/server/log";

const config = assertEnv();
const worker = startWorker({ handlers: productionHandlers });
const unsubscribe = stopOnSignals(worker);
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
  await worker.done;
  log.info({ workerId: worker.workerId }, "outbox worker stopped");
} finally {
  unsubscribe();
  await disconnectDb();
}
