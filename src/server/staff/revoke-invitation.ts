import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { actorMember, withLockedStaff, type TStaffActor } from "./locked-staff";
import { ZRevokeInvitationInput } from "./staff.schemas";

/**
 * Withdraws a pending invitation: its link stops working. Another store's invitation id is
 * not found, like an accepted or already revoked one.
 *
 * @throws ZodError; AppError NOT_FOUND, FORBIDDEN.
 */
export async function revokeInvitation(storeId: string, actor: TStaffActor, input: unknown): Promise<void> {
  const { invitationId } = ZRevokeInvitationInput.parse(input);
  await withLockedStaff(storeId, async (tx, members) => {
    actorMember(members, actor.userId);
    const { count } = await tx.storeInvitation.updateMany({ where: { id: invitationId, storeId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new AppError("NOT_FOUND", "Invitation not found");
    await recordAudit({ storeId, actorType: "platform_user", actorId: actor.userId, action: "staff.invitation_revoked", targetType: "invitation", targetId: invitationId, ip: actor.ip, userAgent: actor.userAgent }, tx);
  });
}
