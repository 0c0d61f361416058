import "server-only";
import { platformDb, Prisma } from "@/server/db";
import { log } from "@/server/log";

/** Stored in lastError when a claim ran out because its worker stopped renewing it. */
export const LEASE_EXPIRED_ERROR = "lease expired: the worker holding this event stopped (crash or timeout)";

export type TClaimInput = {
  workerId: string;
  batchSize: number;
  leaseMs: number;
  maxAttempts: number;
  /** Only events of these types; undefined means every type. */
  types?: readonly string[];
  now: Date;
};

export type TClaimResult = { claimed: bigint[]; dead: bigint[] };

type TCandidate = { id: bigint; attempts: number };

/**
 * Claims up to batchSize due events for one worker, in one short READ COMMITTED transaction:
 * first PROCESSING events whose lease ran out (their worker died), then PENDING events whose
 * availableAt has come, oldest due first. Rows locked by a concurrent claim are skipped
 * (FOR UPDATE SKIP LOCKED), so two workers never claim the same event at once. Claimed rows
 * become PROCESSING with lockedBy = workerId and lockedUntil = now + leaseMs.
 *
 * Both reads walk the (status, availableAt) index in its own order: with a sort step the
 * server would lock every matching row before applying LIMIT and a second worker would find
 * nothing to claim (FORCE INDEX keeps that plan; READ COMMITTED avoids gap locks that would
 * block enqueueEvent's inserts).
 *
 * An expired lease counts as a failed attempt, so an event that kills every worker that
 * handles it ends DEAD instead of looping forever; it is returned in `dead`, not claimed.
 */
export async function claimEvents(input: TClaimInput): Promise<TClaimResult> {
  if (input.types && input.types.length === 0) return { claimed: [], dead: [] };
  const { workerId, now } = input;
  const lockedUntil = new Date(now.getTime() + input.leaseMs);
  const typeFilter = input.types ? Prisma.sql`AND type IN (${Prisma.join([...input.types])})` : Prisma.empty;
  return platformDb().$transaction(
    async (tx) => {
      const expired = await tx.$queryRaw<TCandidate[]>`
        SELECT id, attempts FROM OutboxEvent FORCE INDEX (OutboxEvent_status_availableAt_idx)
        WHERE status = 'PROCESSING' AND lockedUntil < ${now} ${typeFilter}
        ORDER BY availableAt, id
        LIMIT ${input.batchSize}
        FOR UPDATE SKIP LOCKED`;
      const due =
        expired.length < input.batchSize
          ? await tx.$queryRaw<TCandidate[]>`
              SELECT id, attempts FROM OutboxEvent FORCE INDEX (OutboxEvent_status_availableAt_idx)
              WHERE status = 'PENDING' AND availableAt <= ${now} ${typeFilter}
              ORDER BY availableAt, id
              LIMIT ${input.batchSize - expired.length}
              FOR UPDATE SKIP LOCKED`
          : [];
      const dueIds = due.map((r) => BigInt(r.id));
      const revived = expired.filter((r) => r.attempts + 1 < input.maxAttempts).map((r) => BigInt(r.id));
      const dead = expired.filter((r) => r.attempts + 1 >= input.maxAttempts).map((r) => BigInt(r.id));
      if (dueIds.length) {
        await tx.outboxEvent.updateMany({
          where: { id: { in: dueIds } },
          data: { status: "PROCESSING", lockedBy: workerId, lockedUntil },
        });
      }
      if (revived.length) {
        await tx.outboxEvent.updateMany({
          where: { id: { in: revived } },
          data: { status: "PROCESSING", lockedBy: workerId, lockedUntil, attempts: { increment: 1 }, lastError: LEASE_EXPIRED_ERROR },
        });
        log.warn({ eventIds: revived.map(String), workerId }, "outbox reclaimed events of a stopped worker");
      }
      if (dead.length) {
        await tx.outboxEvent.updateMany({
          where: { id: { in: dead } },
          data: { status: "DEAD", lockedBy: null, lockedUntil: null, availableAt: now, attempts: { increment: 1 }, lastError: LEASE_EXPIRED_ERROR },
        });
        log.error({ eventIds: dead.map(String) }, "outbox events dead: their lease expired too many times");
      }
      return { claimed: [...revived, ...dueIds], dead };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted, maxWait: 10_000, timeout: 15_000 },
  );
}

/**
 * Extends the lease of events this worker still holds. Returns how many it still holds: a
 * smaller number means another worker took some over after the lease ran out.
 */
export async function renewLeases(workerId: string, ids: readonly bigint[], lockedUntil: Date): Promise<number> {
  if (!ids.length) return 0;
  const { count } = await platformDb().outboxEvent.updateMany({
    where: { id: { in: [...ids] }, lockedBy: workerId, status: "PROCESSING" },
    data: { lockedUntil },
  });
  return count;
}

/**
 * Gives back claimed events this worker will not start (it is stopping): PENDING again, due
 * at once, attempts unchanged, so another worker need not wait for the lease to run out.
 */
export async function releaseEvents(workerId: string, ids: readonly bigint[]): Promise<number> {
  if (!ids.length) return 0;
  const { count } = await platformDb().outboxEvent.updateMany({
    where: { id: { in: [...ids] }, lockedBy: workerId, status: "PROCESSING" },
    data: { status: "PENDING", lockedBy: null, lockedUntil: null },
  });
  return count;
}
