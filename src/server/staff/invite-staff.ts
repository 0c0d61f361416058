import { env } from "@/env";
import { assignableRoles, ROLE_LABELS, type TStoreRole } from "@/server/access";
import { recordAudit } from "@/server/audit";
import { platformDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { newToken } from "@/server/identity/tokens";
import { queueMail } from "@/server/mail";
import { hit } from "@/server/security";
import { actorMember, withLockedStaff, type TStaffActor } from "./locked-staff";
import { ZInviteStaffInput } from "./staff.schemas";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const INVITES_PER_HOUR = 50;

function invitationMail(to: string, store: { id: string; slug: string; name: string }, inviter: string, role: TStoreRole, token: string) {
  const e = env();
  const params = new URLSearchParams({ store: store.slug, token });
  const link = `${e.protocol}://${e.ROOT_DOMAIN}/invitations/accept?${params.toString()}`;
  return {
    to,
    subject: `You are invited to join ${store.name} on ECOM`,
    text:
      `${inviter} invited you to join the staff of ${store.name} on ECOM as ${ROLE_LABELS[role]}.\n\n` +
      `Accept the invitation (sign in, or create an account with this email address first):\n\n${link}\n\n` +
      `The link expires in 7 days. If you did not expect this, ignore this message.\n\nECOM`,
    storeId: store.id,
  };
}

/**
 * Invites an address to the staff with a role the inviter may grant (assignableRoles).
 * Re-inviting an address revokes its older pending invitations, so only the newest link
 * works. The 7-day token is mailed (only its hash is kept); the invitation is audited
 * without the address.
 *
 * @throws ZodError; AppError FORBIDDEN (role not grantable), CONFLICT (already on the staff,
 *   with an email field error), RATE_LIMITED (50 invitations an hour per store).
 */
export async function inviteStaff(storeId: string, actor: TStaffActor, input: unknown): Promise<{ invitationId: string }> {
  const { email, role } = ZInviteStaffInput.parse(input);
  const limit = await hit(`invite:store:${storeId}`, { limit: INVITES_PER_HOUR, windowMs: 60 * 60 * 1000 });
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", "Too many invitations from this store. Try again later.", { retryAfterSeconds: limit.retryAfterSeconds });
  }
  const store = await platformDb().store.findUniqueOrThrow({ where: { id: storeId }, select: { id: true, slug: true, name: true } });
  const inviter = await platformDb().platformUser.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
  return withLockedStaff(storeId, async (tx, members) => {
    const me = actorMember(members, actor.userId);
    if (!assignableRoles(me.role).includes(role)) throw new AppError("FORBIDDEN", "Your role cannot grant that role", { fields: [{ path: "role", message: "Your role cannot grant that role" }] });
    const member = await tx.storeMembership.findFirst({ where: { storeId, user: { email } }, select: { id: true } });
    if (member) throw new AppError("CONFLICT", "Already on the staff", { fields: [{ path: "email", message: "This person is already on the staff" }] });
    await tx.storeInvitation.updateMany({ where: { storeId, email, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    const { token, hash } = newToken();
    const invitation = await tx.storeInvitation.create({
      data: { storeId, email, role, tokenHash: hash, invitedById: actor.userId, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
      select: { id: true },
    });
    await queueMail(tx, invitationMail(email, store, inviter.name, role, token));
    await recordAudit({ storeId, actorType: "platform_user", actorId: actor.userId, action: "staff.invited", targetType: "invitation", targetId: invitation.id, ip: actor.ip, userAgent: actor.userAgent, data: { role } }, tx);
    return { invitationId: invitation.id };
  });
}
