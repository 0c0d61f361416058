import "server-only";
import { env } from "@/env";
import { daysBefore, deleteInBatches, platformDb, type TPruneOptions } from "@/server/db";

/**
 * Deletes the ids of provider webhook events received before `before` (default:
 * WEBHOOK_EVENT_RETENTION_DAYS ago, at least 7). The ids exist to recognise a delivery seen
 * before; a provider stops retrying an event within days (Stripe: 3), and an event replayed by
 * hand after that is still harmless: payment effects are idempotent (a paid order stays paid, a
 * failure never un-pays) and an event older than the last one applied to its payment changes
 * nothing (`Payment.lastEventCreated`, settle-payment-intent.ts).
 */
export async function pruneWebhookEvents(options: TPruneOptions = {}): Promise<number> {
  const before = options.before ?? daysBefore(env().WEBHOOK_EVENT_RETENTION_DAYS);
  return deleteInBatches(
    (limit) => platformDb().$executeRaw`DELETE FROM WebhookEvent WHERE receivedAt < ${before} ORDER BY receivedAt LIMIT ${limit}`,
    options,
  );
}
