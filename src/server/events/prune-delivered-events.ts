import "server-only";
import { env } from "@/env";
import { daysBefore, deleteInBatches, platformDb, type TPruneOptions } from "@/server/db";

/**
 * Deletes outbox events delivered before `before` (default: OUTBOX_RETENTION_DAYS ago), with
 * their delivery records (foreign key cascade). Pending and dead events are never touched,
 * however old: the first still have handlers to reach, the second wait for an admin's re-drive.
 * Delivered events are kept a while to explain what happened (support, debugging); after that
 * they only hold copies of data that lives elsewhere, mail payloads with addresses included.
 * Platform-wide by design: the rule is the same for every store and reads nothing.
 */
export async function pruneDeliveredEvents(options: TPruneOptions = {}): Promise<number> {
  const before = options.before ?? daysBefore(env().OUTBOX_RETENTION_DAYS);
  return deleteInBatches(
    (limit) => platformDb().$executeRaw`DELETE FROM OutboxEvent WHERE status = 'DELIVERED' AND deliveredAt < ${before} ORDER BY deliveredAt LIMIT ${limit}`,
    options,
  );
}
