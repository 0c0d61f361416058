import type { TNewEvent } from "./types";

/**
 * The part of a Prisma transaction client that writing an event needs: pass the `tx` of the
 * transaction that makes the change, so the event commits (or rolls back) with it.
 * Works with storeDb(...) transactions (storeId is stamped) and platformDb() transactions.
 */
export type TOutboxWriter = {
  outboxEvent: {
    create: (args: {
      data: { type: string; storeId?: string | null; payload: never; availableAt?: Date };
      select: { id: true };
    }) => Promise<{ id: bigint }>;
  };
};

/** Writes an outbox event inside the caller's transaction. Returns the event id. */
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
  return row.id;
}
