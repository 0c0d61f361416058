import "server-only";
import Stripe from "stripe";
import type { StoreDb } from "@/server/db";
import { AppError, type TFieldIssue } from "@/server/errors";
import type { TAuditEntry } from "@/server/audit";
import { log } from "@/server/log";

/** What the payments domain's writes share: actors, the transaction type, Stripe error mapping. */

/** The interactive transaction client of `storeDb(storeId).$transaction(fn)`. */
export type TStoreTx = Parameters<Parameters<StoreDb["$transaction"]>[0]>[0];

/** Who connects a store to Stripe: a dashboard user or an API key (TAdminApiContext["actor"] fits). */
export type TPaymentsActor = { kind: "user"; userId: string } | { kind: "api_key"; keyId: string };
/** Where the request came from, for the audit log. */
export type TRequestContext = { ip?: string | null; userAgent?: string | null };

/** Webhooks and reconciliation run with the payments transactions' room for lock waits. */
export const PAYMENTS_TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 } as const;

export function auditActor(actor: TPaymentsActor, context: TRequestContext): Pick<TAuditEntry, "actorType" | "actorId" | "ip" | "userAgent"> {
  return {
    ...(actor.kind === "user" ? { actorType: "platform_user" as const, actorId: actor.userId } : { actorType: "api_key" as const, actorId: actor.keyId }),
    ip: context.ip ?? null,
    userAgent: context.userAgent ?? null,
  };
}

/** A refusal on the request's payment method, with a machine-readable code. */
export function paymentRefused(code: string, message: string, status: "CONFLICT" | "VALIDATION_FAILED" = "CONFLICT"): AppError {
  const field: TFieldIssue = { path: "paymentMethod", message, code };
  return new AppError(status, message, { fields: [field] });
}

/**
 * Runs a Stripe API call. Stripe refusing the request's content (an amount below its minimum,
 * an unsupported currency) is the shopper's or merchant's problem: 422 with Stripe's code.
 * Anything else (network, Stripe down, our key refused) is Stripe being unavailable: 503,
 * logged with Stripe's request id, never a stack trace in the response.
 */
export async function callStripe<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    const e = error;
    log.warn({ what, type: e.type, code: e.code, statusCode: e.statusCode, requestId: e.requestId }, "Stripe call failed");
    if (e instanceof Stripe.errors.StripeInvalidRequestError && e.statusCode === 400 && e.code) {
      throw paymentRefused(`stripe_${e.code}`, e.message, "VALIDATION_FAILED");
    }
    throw new AppError("NOT_READY", "The payment provider is not reachable right now. Please try again in a moment.", { provider: "stripe" });
  }
}
