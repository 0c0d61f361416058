import { platformDb } from "@/server/db";
import type { TJson } from "@/server/events/types";
import type { TAuditActorType } from "./audit.schemas";

export type TAuditEntry = {
  storeId?: string | null;
  actorType: TAuditActorType;
  actorId?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** Ids and facts only: never personal data. */
  data?: TJson;
};

type TAuditWriter = { auditLogEntry: { create: (args: { data: never }) => Promise<unknown> } };

/**
 * Appends to the audit log (the application never updates or deletes entries). Pass `tx` to
 * record inside the transaction of the audited change.
 */
export async function recordAudit(entry: TAuditEntry, tx?: TAuditWriter): Promise<void> {
  const data = {
    storeId: entry.storeId ?? null,
    actorType: entry.actorType,
    actorId: entry.actorId ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip?.slice(0, 45) ?? null,
    userAgent: entry.userAgent?.slice(0, 512) ?? null,
    ...(entry.data !== undefined ? { data: entry.data } : {}),
  };
  await (tx ?? (platformDb() as unknown as TAuditWriter)).auditLogEntry.create({ data: data as never });
}
