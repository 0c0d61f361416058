import { asSql, newRowId, type TSqlCapable } from "@/server/db";
import { ledgerActor, type TStockActor } from "@/server/inventory";
import type { TJson } from "@/server/events";

/** Timeline kinds written by this issue; later issues add their own (fulfilled, refunded ...). */
export type TOrderEventKind =
  | "placed"
  | "payment_pending"
  | "paid"
  | "payment_failed"
  | "payment_after_cancel"
  | "payment_mismatch"
  | "reservation_expired"
  | "cancelled"
  | "note"
  | (string & {});

export type TOrderEventInput = {
  kind: TOrderEventKind;
  /** Shown in the dashboard timeline; no personal data. */
  message: string;
  actor: TStockActor;
  /** Ids and facts only: never personal data. */
  data?: TJson;
};

/** Appends an entry to an order's timeline inside the caller's transaction. */
export async function recordOrderEvent(tx: TSqlCapable, storeId: string, orderId: string, event: TOrderEventInput): Promise<void> {
  const { actorType, actorId } = ledgerActor(event.actor);
  await asSql(tx).execute("INSERT INTO OrderEvent (id, storeId, orderId, kind, message, actorType, actorId, data, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
    newRowId(),
    storeId,
    orderId,
    event.kind.slice(0, 50),
    event.message.slice(0, 500),
    actorType,
    actorId,
    event.data === undefined ? null : JSON.stringify(event.data),
    new Date(),
  ]);
}
