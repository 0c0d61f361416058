import "server-only";
import { log } from "@/server/log";
import { claimEvents, releaseEvents, renewLeases } from "./claim";
import { newWorkerId, resolveWorkerConfig, type TWorkerConfig } from "./config";
import { deliverEvent, loadClaimedEvents, type TDeliveryContext } from "./deliver-event";
import type { TEventHandler } from "./types";

export type TWorkerOptions = {
  /** The handlers to deliver to (production: productionHandlers from ./registry). */
  handlers: readonly TEventHandler[];
  /**
   * Event types this worker claims; undefined claims every type, and an event that no handler
   * consumes is then marked DELIVERED. Tests sharing a database pass their own types.
   */
  types?: readonly string[];
  /** Identifies the claims of this worker (OutboxEvent.lockedBy); unique per process. */
  workerId?: string;
  /** Overrides of the OUTBOX_* settings. */
  config?: Partial<TWorkerConfig>;
  /** Stops between events: unstarted claims are released. */
  signal?: AbortSignal;
  /** Clock and randomness (jitter), injectable for tests. */
  now?: () => Date;
  random?: () => number;
};

export type TWorkerRunCounts = {
  /** Events claimed by this run. */
  claimed: number;
  delivered: number;
  /** Failed and rescheduled with backoff. */
  retried: number;
  /** Moved to DEAD by this run (failures, or leases that ran out too often). */
  dead: number;
  /** Claimed but given back unstarted because the worker is stopping. */
  released: number;
  /** Taken over by another worker after this worker's lease ran out. */
  lost: number;
};

/** Checks that handler names are usable delivery keys: non-empty, unique, at most 100 chars. */
export function assertValidHandlers(handlers: readonly TEventHandler[]): void {
  const seen = new Set<string>();
  for (const h of handlers) {
    if (!h.name || h.name.length > 100) throw new Error(`Outbox handler name must be 1-100 characters: "${h.name}"`);
    if (seen.has(h.name)) throw new Error(`Two outbox handlers are named "${h.name}"`);
    seen.add(h.name);
  }
}

/**
 * One pass of the worker: claims a batch (FOR UPDATE SKIP LOCKED, see claimEvents), then
 * delivers its events one after the other in id order (see deliverEvent), renewing the lease
 * of the events it still holds every leaseMs/3 so that a slow batch is not taken over while
 * this process lives. When `signal` aborts, the event in hand is finished and the rest are
 * released. Events are never lost: a crash at any point leaves them PENDING or PROCESSING
 * with a lease that runs out, and the next claim picks them up.
 */
export async function runWorkerOnce(options: TWorkerOptions): Promise<TWorkerRunCounts> {
  assertValidHandlers(options.handlers);
  const config = resolveWorkerConfig(options.config);
  const workerId = options.workerId ?? newWorkerId();
  const now = options.now ?? (() => new Date());
  const counts: TWorkerRunCounts = { claimed: 0, delivered: 0, retried: 0, dead: 0, released: 0, lost: 0 };
  if (options.signal?.aborted) return counts;

  const claim = await claimEvents({
    workerId,
    batchSize: config.batchSize,
    leaseMs: config.leaseMs,
    maxAttempts: config.maxAttempts,
    types: options.types,
    now: now(),
  });
  counts.claimed = claim.claimed.length;
  counts.dead = claim.dead.length;
  if (!claim.claimed.length) return counts;

  const ctx: TDeliveryContext = {
    workerId,
    handlers: options.handlers,
    policy: config,
    now,
    random: options.random ?? Math.random,
  };
  const events = await loadClaimedEvents(claim.claimed);
  const remaining = [...claim.claimed];
  const heartbeat = setInterval(() => {
    renewLeases(workerId, remaining, new Date(now().getTime() + config.leaseMs)).catch((error: unknown) =>
      log.error({ err: error, workerId }, "outbox lease renewal failed"),
    );
  }, Math.max(10, Math.floor(config.leaseMs / 3)));
  heartbeat.unref();
  try {
    while (remaining.length) {
      if (options.signal?.aborted) {
        counts.released = await releaseEvents(workerId, remaining);
        break;
      }
      const eventId = remaining[0]!;
      const event = events.find((e) => e.id === eventId);
      counts[event ? await deliverEvent(ctx, event) : "lost"] += 1;
      remaining.shift();
    }
  } finally {
    clearInterval(heartbeat);
  }
  return counts;
}
