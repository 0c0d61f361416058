import "server-only";
import { unsafeCrossStoreDb } from "@/server/db";

export const STORE_STATUS_ACTIONS = ["store.suspended", "store.reinstated"] as const;

export type TStoreStatusChange = {
  id: string;
  action: (typeof STORE_STATUS_ACTIONS)[number];
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
};

export type TAdminStoreDetail = {
  id: string;
  slug: string;
  name: string;
  status: "ACTIVE" | "SUSPENDED";
  country: string;
  currency: string;
  timeZone: string;
  themeColor: string;
  createdAt: Date;
  updatedAt: Date;
  owners: { userId: string; email: string; name: string }[];
  /** Members who are not owners (admins, staff, support). */
  staffCount: number;
  domains: { hostname: string; verifiedAt: Date | null; createdAt: Date }[];
  /** Suspensions and reinstatements from the audit log, newest first (at most 50). */
  statusHistory: TStoreStatusChange[];
};

/**
 * A store's profile for platform admins: owners, staff count, domains and its status history
 * as the audit log records it. Null when no store has that id. Crosses stores by design (the
 * platform admin's view of any store).
 */
export async function getStoreDetail(storeId: string): Promise<TAdminStoreDetail | null> {
  const db = unsafeCrossStoreDb();
  const store = await db.store.findUnique({
    where: { id: storeId },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      country: true,
      currency: true,
      timeZone: true,
      themeColor: true,
      createdAt: true,
      updatedAt: true,
      domains: { orderBy: { hostname: "asc" }, select: { hostname: true, verifiedAt: true, createdAt: true } },
    },
  });
  if (!store) return null;
  const [owners, staffCount, history] = await Promise.all([
    db.storeMembership.findMany({
      where: { storeId, role: "OWNER" },
      orderBy: { createdAt: "asc" },
      select: { userId: true, user: { select: { email: true, name: true } } },
    }),
    db.storeMembership.count({ where: { storeId, role: { not: "OWNER" } } }),
    db.auditLogEntry.findMany({
      where: { storeId, action: { in: [...STORE_STATUS_ACTIONS] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true, action: true, createdAt: true, actorId: true },
    }),
  ]);
  const actorIds = [...new Set(history.flatMap((h) => (h.actorId ? [h.actorId] : [])))];
  const actors = actorIds.length ? await db.platformUser.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } }) : [];
  const emails = new Map(actors.map((a) => [a.id, a.email]));
  return {
    ...store,
    owners: owners.map((o) => ({ userId: o.userId, email: o.user.email, name: o.user.name })),
    staffCount,
    statusHistory: history.map((h) => ({
      id: String(h.id),
      action: h.action as TStoreStatusChange["action"],
      at: h.createdAt,
      actorId: h.actorId,
      actorEmail: h.actorId ? (emails.get(h.actorId) ?? null) : null,
    })),
  };
}
