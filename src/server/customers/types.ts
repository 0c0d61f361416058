import type { StoreDb } from "@/server/db";
import type { TAuditEntry } from "@/server/audit";

/** The interactive transaction client of `storeDb(storeId).$transaction(fn)`. */
export type TStoreTx = Parameters<Parameters<StoreDb["$transaction"]>[0]>[0];

/** Where a request came from, for throttling and the audit log. */
export type TRequestContext = { ip?: string | null; userAgent?: string | null };

/**
 * Who is acting on a customer's data: the customer themself, a staff member (platform user),
 * or an API key. Recorded in the audit log by id only.
 */
export type TCustomerDataActor = TRequestContext & {
  actorType: Extract<TAuditEntry["actorType"], "customer" | "platform_user" | "platform_admin" | "api_key">;
  actorId: string;
};

/** The audit fields of an actor. */
export function auditActor(actor: TCustomerDataActor) {
  return { actorType: actor.actorType, actorId: actor.actorId, ip: actor.ip ?? null, userAgent: actor.userAgent ?? null };
}
