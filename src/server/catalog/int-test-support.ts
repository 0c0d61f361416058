/**
 * Helpers for this domain's integration tests (not shipped code paths): stores with unique
 * slugs in a chosen currency, a staff actor, and the audit and outbox rows of a store.
 */
import { platformDb, storeDb } from "@/server/db";
import type { TCatalogActor } from "./catalog-tx";

export const runId = Math.random().toString(36).slice(2, 8);
const unique = () => `${runId}-${Math.random().toString(36).slice(2, 7)}`;

export async function makeStore(prefix: string, currency = "LKR") {
  return platformDb().store.create({
    data: { slug: `${prefix}-${unique()}`.slice(0, 40), name: `${prefix} shop`, country: currency === "JPY" ? "JP" : "LK", currency, timeZone: "UTC" },
    select: { id: true, slug: true, currency: true },
  });
}

export async function makeActor(): Promise<TCatalogActor & { kind: "user" }> {
  const user = await platformDb().platformUser.create({ data: { email: `catalog-${unique()}@example.com`, name: "Catalog staff", passwordHash: "x" } });
  return { kind: "user", userId: user.id };
}

export const events = (storeId: string, type?: string) =>
  storeDb(storeId).outboxEvent.findMany({ where: { ...(type && { type }) }, orderBy: { id: "asc" }, select: { type: true, payload: true } });

export const audits = (storeId: string, action?: string) =>
  storeDb(storeId).auditLogEntry.findMany({ where: { ...(action && { action }) }, orderBy: { id: "asc" }, select: { action: true, actorType: true, actorId: true, targetId: true, data: true } });

/** The AppError (or other error) a promise rejects with. */
export async function failure(promise: Promise<unknown>): Promise<{ code?: string; status?: number; details?: { fields?: { path: string; message: string }[] }; issues?: { path: (string | number)[] }[] }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error("expected a failure");
}

export const fieldPaths = (error: { details?: { fields?: { path: string }[] }; issues?: { path: (string | number)[] }[] }) =>
  error.details?.fields?.map((f) => f.path) ?? error.issues?.map((i) => i.path.join(".")) ?? [];
