/**
 * Reliable events: a transactional outbox and the worker that delivers it.
 *
 * - Write an event with `enqueueEvent(tx, ...)` inside the transaction of the change that
 *   causes it: it commits or rolls back with that change.
 * - The worker (`npm run worker` -> startWorker, or the cron route -> drainOutbox) hands each
 *   event at least once to every handler that consumes its type, retries failures with
 *   exponential backoff and marks an event DEAD after OUTBOX_MAX_ATTEMPTS failures.
 * - Platform admins list dead events and re-drive them (listDeadEvents, redriveEvents).
 */
import "server-only";

export { enqueueEvent, enqueueEvents, type TOutboxWriter } from "./enqueue";
export type { TEventHandler, TOutboxEvent, TNewEvent, TJson } from "./types";
export { runWorkerOnce, type TWorkerOptions, type TWorkerRunCounts } from "./worker";
export { startWorker, stopOnSignals, drainOutbox, type TWorkerHandle, type TDrainResult } from "./worker-loop";
export type { TWorkerConfig } from "./config";
export { listDeadEvents, type TDeadEvent, type TDeadEventPage } from "./list-dead-events";
export { redriveEvents, type TRedriveInput } from "./redrive-events";
export { pruneDeliveredEvents } from "./prune-delivered-events";
export { ZRedriveEventsInput, ZDeadEventsQuery, ZEventId, type TRedriveEventsInput, type TDeadEventsQuery } from "./events.schemas";
