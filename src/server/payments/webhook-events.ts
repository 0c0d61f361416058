import "server-only";
import { knownDbErrorCode } from "@/server/db";
import type { TStoreTx } from "./payments-tx";

/** What a verified webhook came to: the route answers 200 to all of them. */
export type TWebhookOutcome = {
  eventId: string;
  type: string;
  /**
   * applied: its effect committed with its WebhookEvent row; duplicate: already processed;
   * stale: older than what was applied already (recorded, no effect); ignored: not ours, not
   * consistent with our records, or a type we do not handle (nothing written).
   */
  result: "applied" | "duplicate" | "stale" | "ignored";
  reason?: string;
};

/** Thrown inside the effect's transaction when the event was processed before (rolls it back). */
export class DuplicateWebhookEvent extends Error {
  constructor(readonly eventId: string) {
    super(`webhook event ${eventId} was already processed`);
  }
}

/**
 * Records a provider event as processed, inside the transaction of its effect, first: a
 * concurrent delivery of the same event waits on this row and then finds it (duplicate), and a
 * rolled-back effect leaves no record, so the provider's retry applies it again.
 *
 * @throws DuplicateWebhookEvent when the event was processed before.
 */
export async function claimWebhookEvent(tx: TStoreTx, storeId: string, event: { id: string; type: string }, provider = "stripe"): Promise<void> {
  try {
    await tx.webhookEvent.create({ data: { provider, eventId: event.id, type: event.type.slice(0, 100), storeId } });
  } catch (error) {
    if (knownDbErrorCode(error) === "UNIQUE_VIOLATION") throw new DuplicateWebhookEvent(event.id);
    throw error;
  }
}
