import { bumpStorefrontTag, changesStorefront, type TTagWriter } from "@/server/cache";
import type { TNewEvent } from "./types";

/**
 * The part of a Prisma transaction client that writing an event needs: pass the `tx` of the
 * transaction that makes the change, so the event commits (or rolls back) with it.
 * Works with storeDb(...) transactions (storeId is stamped) and platformDb() transactions.
 */
export type TOutboxWriter = TTagWriter & {
  outboxEvent: {
    create: (args: {
      data: { type: string; storeId?: string | null; payload: never; availableAt?: Date };
      select: { id: true };
    }) => Promise<{ id: bigint }>;
  };
};

/**
 * Writes an outbox event inside the caller's transaction. Returns the event id. An event that
 * changes what a store's shoppers see (catalog, media, theme, stock) also bumps the store's
 * storefront cache tag in the same transaction, so cached pages and API responses are dropped
 * exactly when the change commits.
 */
export async function enqueueEvent(tx: TOutboxWriter, event: TNewEvent): Promise<bigint> {
  const row = await tx.outboxEvent.create({
    data: {
      type: event.type,
      ...(event.storeId !== undefined ? { storeId: event.storeId } : {}),
      payload: event.payload as never,
      ...(event.availableAt ? { availableAt: event.availableAt } : {}),
    },
    select: { id: true },
  });
  if (event.storeId && changesStorefront(event.type)) await bumpStorefrontTag(tx, event.storeId);
  return row.id;
}
