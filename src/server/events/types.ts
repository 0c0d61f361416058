/** A JSON value as stored in OutboxEvent.payload. */
export type TJson = string | number | boolean | null | TJson[] | { [key: string]: TJson };

/** What a handler receives: one outbox row, read-only. */
export type TOutboxEvent = {
  id: bigint;
  storeId: string | null;
  type: string;
  payload: TJson;
  attempts: number;
  createdAt: Date;
};

/**
 * A consumer of outbox events. `name` is stable: it keys the OutboxDelivery rows that make
 * delivery idempotent (an (event, handler) pair that completed is never run again). A handler
 * whose effect is outside the database (mail, webhooks) is therefore at-least-once: it must
 * tolerate a repeat after a crash between its effect and the delivery record.
 */
export type TEventHandler = {
  name: string;
  /** Event types it consumes; "*" for all. */
  types: readonly string[];
  handle: (event: TOutboxEvent) => Promise<void>;
};

export type TNewEvent = {
  type: string;
  storeId?: string | null;
  payload: TJson;
  /** Deliver no earlier than this. */
  availableAt?: Date;
};
