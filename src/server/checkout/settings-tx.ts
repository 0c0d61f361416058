import { parseMoney } from "@/lib/money";
import type { StoreDb } from "@/server/db";
import { AppError, type TFieldIssue } from "@/server/errors";
import type { TAuditEntry } from "@/server/audit";

/**
 * What the checkout settings writes share: who acts, the transaction type, the audit actor
 * and money parsing with field paths. Callers check settings:write before calling.
 */

/** Who changes checkout settings: a dashboard user or an API key (TAdminApiContext["actor"] fits). */
export type TSettingsWriteActor = { kind: "user"; userId: string } | { kind: "api_key"; keyId: string };
/** Where the request came from, for the audit log. */
export type TRequestContext = { ip?: string | null; userAgent?: string | null };

/** The interactive transaction client of `storeDb(storeId).$transaction(fn)`. */
export type TStoreTx = Parameters<Parameters<StoreDb["$transaction"]>[0]>[0];

export function auditActor(actor: TSettingsWriteActor, context: TRequestContext): Pick<TAuditEntry, "actorType" | "actorId" | "ip" | "userAgent"> {
  return {
    ...(actor.kind === "user" ? { actorType: "platform_user" as const, actorId: actor.userId } : { actorType: "api_key" as const, actorId: actor.keyId }),
    ip: context.ip ?? null,
    userAgent: context.userAgent ?? null,
  };
}

export const validationFailed = (fields: TFieldIssue[]) => new AppError("VALIDATION_FAILED", "The request is not valid", { fields });

/** A decimal string in the store's currency as minor units; 422 on `path` when it does not fit. */
export function moneyField(text: string, currency: string, path: string): bigint {
  const minor = parseMoney(text, currency);
  if (minor === null) throw validationFailed([{ path, message: `Enter an amount in ${currency} with the currency's number of decimals` }]);
  return minor;
}
