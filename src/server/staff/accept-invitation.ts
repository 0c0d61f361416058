import type { TStoreRole } from "@/server/access";
import { recordAudit } from "@/server/audit";
import { platformDb, storeDb } from "@/server/db";
import { hashToken } from "@/server/identity/tokens";
import { ZInvitationLink } from "./staff.schemas";

export type TInvitationStatus = "valid" | "invalid" | "expired" | "revoked" | "accepted";

export type TInvitationView =
  | { status: "invalid" }
  | { status: Exclude<TInvitationStatus, "invalid">; invitationId: string; store: { id: string; slug: string; name: string }; role: TStoreRole; email: string };

/**
 * What an invitation link is. The token is looked up only within the store the link names
 * (StoreInvitation is unique per store and token), so a token of store A presented with
 * store B's slug is simply "invalid". The store's name and the invited address are shown
 * only to holders of a matching token.
 */
export async function inspectInvitation(link: unknown): Promise<TInvitationView> {
  const parsed = ZInvitationLink.safeParse(link);
  if (!parsed.success) return { status: "invalid" };
  const store = await platformDb().store.findUnique({ where: { slug: parsed.data.store }, select: { id: true, slug: true, name: true } });
  if (!store) return { status: "invalid" };
  const row = await storeDb(store.id).storeInvitation.findFirst({
    where: { storeId: store.id, tokenHash: hashToken(parsed.data.token) },
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  if (!row) return { status: "invalid" };
  const status: TInvitationStatus = row.acceptedAt ? "accepted" : row.revokedAt ? "revoked" : row.expiresAt.getTime() <= Date.now() ? "expired" : "valid";
  return { status, invitationId: row.id, store, role: row.role, email: row.email };
}

export type TAcceptInvitationResult =
  | { status: "joined" | "already_member"; store: { slug: string; name: string } }
  | { status: "invalid" | "expired" | "revoked" | "accepted" | "wrong_email" | "unverified" };

/**
 * Accepts an invitation as the signed-in user. The user's address must be the invited one
 * and verified. Joining creates the membership with the invited role; someone already on the
 * staff keeps their role (nothing is updated). Either way the invitation is used up and the
 * acceptance audited. Expired, revoked and used links are refused with their reason.
 */
export async function acceptInvitation(link: unknown, actor: { userId: string; ip?: string | null; userAgent?: string | null }): Promise<TAcceptInvitationResult> {
  const invitation = await inspectInvitation(link);
  if (invitation.status !== "valid") return { status: invitation.status };
  const user = await platformDb().platformUser.findUnique({ where: { id: actor.userId }, select: { email: true, emailVerifiedAt: true } });
  if (!user || user.email !== invitation.email) return { status: "wrong_email" };
  if (!user.emailVerifiedAt) return { status: "unverified" };
  const { store } = invitation;
  return storeDb(store.id).$transaction(async (tx): Promise<TAcceptInvitationResult> => {
    const used = await tx.storeInvitation.updateMany({
      where: { id: invitation.invitationId, storeId: store.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (used.count === 0) return { status: "accepted" };
    const existing = await tx.storeMembership.findFirst({ where: { storeId: store.id, userId: actor.userId }, select: { id: true } });
    const membership = existing ?? (await tx.storeMembership.create({ data: { storeId: store.id, userId: actor.userId, role: invitation.role }, select: { id: true } }));
    await recordAudit({ storeId: store.id, actorType: "platform_user", actorId: actor.userId, action: "staff.invitation_accepted", targetType: "invitation", targetId: invitation.invitationId, ip: actor.ip, userAgent: actor.userAgent, data: { membershipId: membership.id, role: existing ? null : invitation.role, alreadyMember: !!existing } }, tx);
    return { status: existing ? "already_member" : "joined", store: { slug: store.slug, name: store.name } };
  });
}
