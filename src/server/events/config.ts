import "server-only";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { env } from "@/env";

/** Tuning of delivery; defaults come from OUTBOX_* in src/env.ts, tests pass their own. */
export type TWorkerConfig = {
  /** Failed attempts after which an event is DEAD (a crashed worker's expired lease counts as one). */
  maxAttempts: number;
  /** Events claimed per transaction. */
  batchSize: number;
  /** How long a claim holds an event; renewed while the worker is alive. */
  leaseMs: number;
  /** Delay after the first failure; doubles with each further failure. */
  backoffBaseMs: number;
  /** Ceiling of the retry delay. */
  backoffMaxMs: number;
  /** Spread of the retry delay: 0.2 means plus or minus 20%. */
  jitter: number;
  /** Pause of the polling loop when there was no work. */
  pollMs: number;
};

/** The configuration from the environment, with explicit overrides on top. */
export function resolveWorkerConfig(overrides: Partial<TWorkerConfig> = {}): TWorkerConfig {
  const e = env();
  return {
    maxAttempts: overrides.maxAttempts ?? e.OUTBOX_MAX_ATTEMPTS,
    batchSize: overrides.batchSize ?? e.OUTBOX_BATCH_SIZE,
    leaseMs: overrides.leaseMs ?? e.OUTBOX_LEASE_MS,
    backoffBaseMs: overrides.backoffBaseMs ?? e.OUTBOX_BACKOFF_BASE_MS,
    backoffMaxMs: overrides.backoffMaxMs ?? e.OUTBOX_BACKOFF_MAX_MS,
    jitter: overrides.jitter ?? 0.2,
    pollMs: overrides.pollMs ?? e.OUTBOX_POLL_MS,
  };
}

/** A worker id unique across hosts and processes; fits OutboxEvent.lockedBy (100 chars). */
export function newWorkerId(prefix = "worker"): string {
  return `${prefix}-${hostname()}-${process.pid}-${randomBytes(4).toString("hex")}`.slice(0, 100);
}
