import { storeDb } from "@/server/db";
import type { TStoreRole } from "@/server/access";

export type TStaffMember = { membershipId: string; userId: string; name: string; email: string; role: TStoreRole; joinedAt: Date };
export type TPendingInvitation = { id: string; email: string; role: TStoreRole; expiresAt: Date; createdAt: Date };

const ROLE_ORDER: Record<TStoreRole, number> = { OWNER: 0, ADMIN: 1, STAFF: 2, SUPPORT: 3 };

/** The store's staff, owners first, then by name. */
export async function listStaff(storeId: string): Promise<TStaffMember[]> {
  const rows = await storeDb(storeId).storeMembership.findMany({
    where: { storeId },
    select: { id: true, userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
  return rows
    .map((r) => ({ membershipId: r.id, userId: r.userId, name: r.user.name, email: r.user.email, role: r.role, joinedAt: r.createdAt }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name));
}

export async function countStaff(storeId: string): Promise<number> {
  return storeDb(storeId).storeMembership.count({ where: { storeId } });
}

/** Invitations that can still be accepted (not accepted, revoked or expired), newest first. */
export async function listPendingInvitations(storeId: string): Promise<TPendingInvitation[]> {
  return storeDb(storeId).storeInvitation.findMany({
    where: { storeId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}
