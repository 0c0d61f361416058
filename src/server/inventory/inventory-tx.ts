import type { StoreDb } from "@/server/db";

/** The interactive transaction client of `storeDb(storeId).$transaction(fn)`. */
export type TStoreTx = Parameters<Parameters<StoreDb["$transaction"]>[0]>[0];

/** Who changes stock, as the ledger records it (`actorType`, `actorId`). */
export type TLedgerActorType = "user" | "api_key" | "customer" | "system";

/**
 * Who acts. The admin API's and dashboard's actors (`{ kind: "user", userId }`,
 * `{ kind: "api_key", keyId }`) fit as they are; shoppers are `{ kind: "customer" }` (with the
 * customer id when signed in) and jobs `{ kind: "system" }`. `{ actorType, actorId }` is
 * accepted too.
 */
export type TStockActor =
  | { kind: "user"; userId: string }
  | { kind: "api_key"; keyId: string }
  | { kind: "customer"; customerId?: string | null }
  | { kind: "system"; id?: string | null }
  | { actorType: TLedgerActorType; actorId?: string | null };

export type TLedgerActor = { actorType: TLedgerActorType; actorId: string | null };

/** The ledger's and timeline's columns for an actor. */
export function ledgerActor(actor: TStockActor): TLedgerActor {
  if ("actorType" in actor) return { actorType: actor.actorType, actorId: actor.actorId ?? null };
  switch (actor.kind) {
    case "user":
      return { actorType: "user", actorId: actor.userId };
    case "api_key":
      return { actorType: "api_key", actorId: actor.keyId };
    case "customer":
      return { actorType: "customer", actorId: actor.customerId ?? null };
    case "system":
      return { actorType: "system", actorId: actor.id ?? null };
  }
}

/** The audit log's actor columns for a staff actor (users and API keys only are audited). */
export function auditActorOf(actor: TStockActor): { actorType: "platform_user" | "api_key" | "customer" | "system"; actorId: string | null } {
  const { actorType, actorId } = ledgerActor(actor);
  return { actorType: actorType === "user" ? "platform_user" : actorType, actorId };
}

export { newRowId } from "@/server/db";

/** The ledger reference of an order's stock movements. */
export const orderReference = (orderId: string) => `order:${orderId}`;

/** Inventory writes wait for row locks under checkout load; Prisma's 5 s default is too short. */
export const INVENTORY_TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 } as const;
