import "server-only";
import { platformDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { describeFailure, retryDelayMs, truncateError, type TBackoffPolicy } from "./backoff";
import type { TEventHandler, TJson, TOutboxEvent } from "./types";

export type TDeliveryOutcome = "delivered" | "retried" | "dead" | "lost";

export type TDeliveryContext = {
  workerId: string;
  handlers: readonly TEventHandler[];
  policy: TBackoffPolicy & { maxAttempts: number; leaseMs: number };
  now: () => Date;
  random: () => number;
};

/** A claimed event with the names of the handlers that already completed it. */
export type TClaimedEvent = TOutboxEvent & { completedHandlers: ReadonlySet<string> };

/** Loads claimed events (in the given order) with their completed handlers. */
export async function loadClaimedEvents(ids: readonly bigint[]): Promise<TClaimedEvent[]> {
  const rows = await platformDb().outboxEvent.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      storeId: true,
      type: true,
      payload: true,
      attempts: true,
      createdAt: true,
      deliveries: { select: { handler: true } },
    },
  });
  const byId = new Map(rows.map(({ deliveries, payload, ...r }) => [r.id, { ...r, payload: payload as TJson, completedHandlers: new Set(deliveries.map((d) => d.handler)) }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Whether a handler consumes an event type. */
export function handles(handler: TEventHandler, type: string): boolean {
  return handler.types.includes("*") || handler.types.includes(type);
}

/**
 * Delivers one event this worker has claimed. Each matching handler that has no
 * OutboxDelivery row for the event runs once; its row is written after it succeeds, so a
 * crash between the two repeats only that handler (at least once, never lost). One
 * handler's failure does not stop the others. All done: DELIVERED. A failure: attempts + 1
 * and PENDING again after the backoff, or DEAD once attempts reaches maxAttempts, or at
 * once when a handler throws AppError VALIDATION_FAILED (the payload can never succeed).
 *
 * Every write is conditional on this worker still holding the claim; "lost" means another
 * worker took the event over (this worker's lease had run out) and nothing was run or marked.
 */
export async function deliverEvent(ctx: TDeliveryContext, claimed: TClaimedEvent): Promise<TDeliveryOutcome> {
  const db = platformDb();
  const { workerId } = ctx;
  const { completedHandlers: done, ...event } = claimed;
  const eventId = event.id;
  const held = await db.outboxEvent.updateMany({
    where: { id: eventId, lockedBy: workerId, status: "PROCESSING" },
    data: { lockedUntil: new Date(ctx.now().getTime() + ctx.policy.leaseMs) },
  });
  if (held.count === 0) return "lost";
  const matching = ctx.handlers.filter((h) => handles(h, event.type));
  if (!matching.length) log.warn({ eventId: String(eventId), type: event.type }, "outbox event has no handler; marked delivered");
  const failures: string[] = [];
  let permanent = false;
  for (const handler of matching) {
    if (done.has(handler.name)) continue;
    try {
      await handler.handle(Object.freeze({ ...event }));
      await db.outboxDelivery.createMany({ data: [{ eventId, handler: handler.name }], skipDuplicates: true });
    } catch (error) {
      const failure = describeFailure(handler.name, error);
      failures.push(failure);
      // An event its handler rejects as invalid can never succeed: no point retrying it.
      if (error instanceof AppError && error.code === "VALIDATION_FAILED") permanent = true;
      log.warn({ eventId: String(eventId), type: event.type, handler: handler.name, attempts: event.attempts + 1, error: failure }, "outbox handler failed");
    }
  }
  const mine = { id: eventId, lockedBy: workerId, status: "PROCESSING" as const };
  const now = ctx.now();
  if (!failures.length) {
    const { count } = await db.outboxEvent.updateMany({
      where: mine,
      data: { status: "DELIVERED", deliveredAt: now, lockedBy: null, lockedUntil: null },
    });
    return count ? "delivered" : "lost";
  }
  const attempts = event.attempts + 1;
  const lastError = truncateError(failures.join(" | "));
  if (permanent || attempts >= ctx.policy.maxAttempts) {
    const { count } = await db.outboxEvent.updateMany({
      where: mine,
      // For a DEAD event availableAt records when its final attempt failed (it is never due again).
      data: { status: "DEAD", attempts, lastError, availableAt: now, lockedBy: null, lockedUntil: null },
    });
    if (count) log.error({ eventId: String(eventId), type: event.type, attempts }, "outbox event dead");
    return count ? "dead" : "lost";
  }
  const availableAt = new Date(now.getTime() + retryDelayMs(attempts, ctx.policy, ctx.random));
  const { count } = await db.outboxEvent.updateMany({
    where: mine,
    data: { status: "PENDING", attempts, lastError, availableAt, lockedBy: null, lockedUntil: null },
  });
  return count ? "retried" : "lost";
}
