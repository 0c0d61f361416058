import { escapeLike } from "@/lib/like";
import type { TStoreAuditQuery } from "./audit.schemas";

export const AUDIT_PAGE_SIZE = 50;

export type TAuditWhere = {
  action?: { startsWith: string };
  actorType?: string;
  createdAt?: { gte?: Date; lt?: Date };
};

const DAY_MS = 86_400_000;

/**
 * The where-clause for the audit filters (without the store, which each view adds its own
 * way). `action` matches as a prefix, so "store." finds every store action; dates are whole
 * UTC days and `to` includes its day.
 */
export function auditWhere(query: Omit<TStoreAuditQuery, "page">): TAuditWhere {
  const where: TAuditWhere = {};
  // Prisma does not escape LIKE wildcards: "_" in an action name must match only "_".
  if (query.action) where.action = { startsWith: escapeLike(query.action) };
  if (query.actorType) where.actorType = query.actorType;
  if (query.from || query.to) {
    where.createdAt = {
      ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
      ...(query.to ? { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) } : {}),
    };
  }
  return where;
}

/** Data as shown to the reader: compact JSON, or null when the entry has none. */
export function formatAuditData(data: unknown): string | null {
  if (data === null || data === undefined) return null;
  return typeof data === "string" ? data : JSON.stringify(data);
}
