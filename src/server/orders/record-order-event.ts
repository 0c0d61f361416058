import { ledgerActor, type TStockActor, type TStoreTx } from "@/server/inventory";
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
export async function recordOrderEvent(tx: TStoreTx, storeId: string, orderId: string, event: TOrderEventInput): Promise<void> {
  const { actorType, actorId } = ledgerActor(event.actor);
  // createMany: one INSERT, no read-back (create would SELECT the row it wrote).
  await tx.orderEvent.createMany({
    data: {
      storeId,
      orderId,
      kind: event.kind.slice(0, 50),
      message: event.message.slice(0, 500),
      actorType,
      actorId,
      ...(event.data !== undefined ? { data: event.data as never } : {}),
    },
  });
}
