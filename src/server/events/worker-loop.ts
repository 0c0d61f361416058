import "server-only";
import { log } from "@/server/log";
import { newWorkerId, resolveWorkerConfig } from "./config";
import { assertValidHandlers, runWorkerOnce, type TWorkerOptions, type TWorkerRunCounts } from "./worker";

export type TWorkerHandle = {
  workerId: string;
  /** Asks the loop to stop after the event in hand; resolves when it has stopped. */
  stop: () => Promise<void>;
  /** Resolves when the loop has stopped. */
  done: Promise<void>;
};

const MAX_ERROR_PAUSE_MS = 30_000;

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * The long-running worker (`npm run worker`): runs runWorkerOnce back to back while batches
 * come back full, pauses pollMs when there was less work, and backs off (up to 30 s) while
 * the database fails. stop() finishes the event in hand, releases the rest of the batch and
 * resolves; nothing is lost if the process dies instead.
 */
export function startWorker(options: Omit<TWorkerOptions, "signal">): TWorkerHandle {
  assertValidHandlers(options.handlers);
  const config = resolveWorkerConfig(options.config);
  const workerId = options.workerId ?? newWorkerId();
  const controller = new AbortController();
  const done = (async () => {
    let failures = 0;
    while (!controller.signal.aborted) {
      try {
        const counts = await runWorkerOnce({ ...options, workerId, config, signal: controller.signal });
        failures = 0;
        if (counts.claimed > 0) log.info({ workerId, ...counts }, "outbox batch");
        if (counts.claimed + counts.dead < config.batchSize) await pause(config.pollMs, controller.signal);
      } catch (error) {
        failures += 1;
        log.error({ err: error, workerId, failures }, "outbox worker pass failed");
        await pause(Math.min(config.pollMs * 2 ** Math.min(failures, 16), MAX_ERROR_PAUSE_MS), controller.signal);
      }
    }
  })();
  return {
    workerId,
    done,
    stop: () => {
      controller.abort();
      return done;
    },
  };
}

/** Anything the signals stop: the outbox worker, the periodic jobs. */
export type TStoppable = { workerId: string; stop: () => Promise<void> };

/**
 * Wires SIGTERM and SIGINT to a graceful stop of the worker (and of anything else given, such
 * as the periodic jobs); a second signal exits at once (safe: claims of an unfinished event
 * run out and are taken over, and every periodic job is idempotent). Returns an unsubscribe.
 */
export function stopOnSignals(...handles: TStoppable[]): () => void {
  let stopping = false;
  const workerIds = handles.map((h) => h.workerId);
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal, workerIds }, "worker: second signal, exiting now");
      process.exit(1);
    }
    stopping = true;
    log.info({ signal, workerIds }, "worker stopping after the current event and job runs");
    for (const handle of handles) void handle.stop();
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return () => {
    process.off("SIGTERM", onSignal);
    process.off("SIGINT", onSignal);
  };
}

export type TDrainResult = TWorkerRunCounts & {
  runs: number;
  durationMs: number;
  /** "idle": no due event was left; "deadline": time ran out first. */
  stoppedBy: "idle" | "deadline";
};

/**
 * Delivers due events for at most maxDurationMs (the cron route, for deployments without a
 * long-running worker). The deadline stops between events, never inside a handler, so the
 * real duration can exceed it by one event's handling time.
 */
export async function drainOutbox(options: Omit<TWorkerOptions, "signal"> & { maxDurationMs: number }): Promise<TDrainResult> {
  const started = Date.now();
  const signal = AbortSignal.timeout(options.maxDurationMs);
  const workerId = options.workerId ?? newWorkerId("drain");
  const total: TDrainResult = { claimed: 0, delivered: 0, retried: 0, dead: 0, released: 0, lost: 0, runs: 0, durationMs: 0, stoppedBy: "idle" };
  for (;;) {
    if (signal.aborted) {
      total.stoppedBy = "deadline";
      break;
    }
    const counts = await runWorkerOnce({ ...options, workerId, signal });
    total.runs += 1;
    for (const key of Object.keys(counts) as (keyof TWorkerRunCounts)[]) total[key] += counts[key];
    if (counts.claimed === 0 && counts.dead === 0) break;
  }
  total.durationMs = Date.now() - started;
  return total;
}
