import "server-only";
import { platformDb } from "@/server/db";
import { AUDIT_PAGE_SIZE, auditWhere, formatAuditData, type TAuditWhere } from "./audit-filters";
import type { TAuditQuery } from "./audit.schemas";

/** One audit entry as the audit views show it. */
export type TAuditEntryView = {
  id: string;
  createdAt: Date;
  storeId: string | null;
  /** The store's slug, when the entry belongs to a store that still exists. */
  storeSlug: string | null;
  actorType: string;
  actorId: string | null;
  /** A readable name for the actor where the viewer may see one (else null: show the id). */
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  /** Compact JSON of the entry's data (ids and facts only), or null. */
  data: string | null;
};

export type TAuditPage = {
  entries: TAuditEntryView[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

export type TAuditRow = {
  id: bigint;
  createdAt: Date;
  storeId: string | null;
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  data: unknown;
};

export const auditRowSelect = {
  id: true,
  createdAt: true,
  storeId: true,
  actorType: true,
  actorId: true,
  action: true,
  targetType: true,
  targetId: true,
  ip: true,
  userAgent: true,
  data: true,
} as const;

/** Newest first; the id breaks ties between entries of the same millisecond. */
export const auditOrder = [{ createdAt: "desc" as const }, { id: "desc" as const }];

export function toAuditView(row: TAuditRow, extra: { storeSlug: string | null; actorLabel: string | null }): TAuditEntryView {
  return { ...row, id: String(row.id), data: formatAuditData(row.data), ...extra };
}

export function pageOf(page: number, pageSize: number, total: number) {
  return { total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

const isUserActor = (type: string) => type === "platform_user" || type === "platform_admin";

/**
 * The whole platform's audit log for platform admins, newest first, filtered by store slug,
 * action prefix, actor type and UTC date range. An unknown store slug matches nothing.
 * Actors who are platform users are shown by email (the admin may see who did what).
 */
export async function listAuditEntries(query: TAuditQuery, pageSize = AUDIT_PAGE_SIZE): Promise<TAuditPage> {
  const db = platformDb();
  const where: TAuditWhere & { storeId?: string } = auditWhere(query);
  if (query.store) {
    const store = await db.store.findUnique({ where: { slug: query.store }, select: { id: true } });
    if (!store) return { entries: [], ...pageOf(query.page, pageSize, 0) };
    where.storeId = store.id;
  }
  const [rows, total] = await Promise.all([
    db.auditLogEntry.findMany({ where, orderBy: auditOrder, skip: (query.page - 1) * pageSize, take: pageSize, select: auditRowSelect }),
    db.auditLogEntry.count({ where }),
  ]);
  const storeIds = [...new Set(rows.flatMap((r) => (r.storeId ? [r.storeId] : [])))];
  const userIds = [...new Set(rows.flatMap((r) => (r.actorId && isUserActor(r.actorType) ? [r.actorId] : [])))];
  const [stores, users] = await Promise.all([
    storeIds.length ? db.store.findMany({ where: { id: { in: storeIds } }, select: { id: true, slug: true } }) : [],
    userIds.length ? db.platformUser.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } }) : [],
  ]);
  const slugs = new Map(stores.map((s) => [s.id, s.slug]));
  const emails = new Map(users.map((u) => [u.id, u.email]));
  return {
    entries: rows.map((r) =>
      toAuditView(r, {
        storeSlug: r.storeId ? (slugs.get(r.storeId) ?? null) : null,
        actorLabel: r.actorId && isUserActor(r.actorType) ? (emails.get(r.actorId) ?? null) : null,
      }),
    ),
    ...pageOf(query.page, pageSize, total),
  };
}
