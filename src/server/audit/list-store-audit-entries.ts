import "server-only";
import { storeDb } from "@/server/db";
import { AUDIT_PAGE_SIZE, auditWhere } from "./audit-filters";
import type { TStoreAuditQuery } from "./audit.schemas";
import { auditOrder, auditRowSelect, pageOf, toAuditView, type TAuditPage } from "./list-audit-entries";

/**
 * One store's audit log for its owners, newest first, with the same filters as the platform
 * view minus the store. Read through the tenant door, so another store's entries (and
 * platform-level entries without a store) can never appear. Actors are named only when they
 * are on this store's staff; a platform admin is shown as such, without their identity.
 */
export async function listStoreAuditEntries(storeId: string, query: TStoreAuditQuery, pageSize = AUDIT_PAGE_SIZE): Promise<TAuditPage> {
  const db = storeDb(storeId);
  const where = { ...auditWhere(query), storeId };
  const [rows, total, store] = await Promise.all([
    db.auditLogEntry.findMany({ where, orderBy: auditOrder, skip: (query.page - 1) * pageSize, take: pageSize, select: auditRowSelect }),
    db.auditLogEntry.count({ where }),
    db.store.findUnique({ where: { id: storeId }, select: { slug: true } }),
  ]);
  const userIds = [...new Set(rows.flatMap((r) => (r.actorId && r.actorType === "platform_user" ? [r.actorId] : [])))];
  const members = userIds.length
    ? await db.storeMembership.findMany({ where: { storeId, userId: { in: userIds } }, select: { userId: true, user: { select: { email: true } } } })
    : [];
  const emails = new Map(members.map((m) => [m.userId, m.user.email]));
  return {
    entries: rows.map((r) =>
      toAuditView(r, {
        storeSlug: store?.slug ?? null,
        actorLabel: r.actorType === "platform_admin" ? "Platform admin" : r.actorId ? (emails.get(r.actorId) ?? null) : null,
      }),
    ),
    ...pageOf(query.page, pageSize, total),
  };
}
