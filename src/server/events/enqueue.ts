import { bumpStorefrontTag, changesStorefront, type TTagWriter } from "@/server/cache";
import { asSql, valueRows, type TSqlCapable } from "@/server/db";
import type { TNewEvent } from "./types";

/**
 * The part of a Prisma transaction client that writing an event needs: pass the `tx` of the
 * transaction that makes the change, so the event commits (or rolls back) with it.
 * Works with storeDb(...) transactions (storeId is stamped) and platformDb() transactions.
 */
type TEventRow = { type: string; storeId?: string | null; payload: never; availableAt?: Date };

export type TOutboxWriter = TTagWriter & {
  outboxEvent: {
    create: (args: { data: TEventRow; select: { id: true } }) => Promise<{ id: bigint }>;
    createMany: (args: { data: TEventRow[] }) => PromiseLike<{ count: number }>;
  };
};

const eventRow = (event: TNewEvent): TEventRow => ({
  type: event.type,
  ...(event.storeId !== undefined ? { storeId: event.storeId } : {}),
  payload: event.payload as never,
  ...(event.availableAt ? { availableAt: event.availableAt } : {}),
});

/**
 * Writes an outbox event inside the caller's transaction. Returns the event id. An event that
 * changes what a store's shoppers see (catalog, media, theme, stock) also bumps the store's
 * storefront cache tag in the same transaction, so cached pages and API responses are dropped
 * exactly when the change commits.
 */
export async function enqueueEvent(tx: TOutboxWriter, event: TNewEvent): Promise<bigint> {
  const row = await tx.outboxEvent.create({ data: eventRow(event), select: { id: true } });
  if (event.storeId && changesStorefront(event.type)) await bumpStorefrontTag(tx, event.storeId);
  return row.id;
}

/**
 * enqueueEvent for several events in ONE statement (no ids returned): for hot transactions such
 * as checkout, where every statement counts. Runs in a Prisma transaction or a driver one
 * (TSql). Bumps each store's storefront tag once when any of its events changes the storefront.
 */
export async function enqueueEvents(tx: TSqlCapable, events: TNewEvent[]): Promise<void> {
  if (!events.length) return;
  const db = asSql(tx);
  const now = new Date();
  const stores = new Set(events.filter((e) => e.storeId && changesStorefront(e.type)).map((e) => e.storeId!));
  await Promise.all([
    db.execute(
      `INSERT INTO OutboxEvent (storeId, type, payload, availableAt, createdAt) VALUES ${valueRows(events.length, 5)}`,
      events.flatMap((e) => [e.storeId ?? null, e.type, JSON.stringify(e.payload), e.availableAt ?? now, now]),
    ),
    ...[...stores].map((storeId) => bumpStorefrontTag(db, storeId)),
  ]);
}
