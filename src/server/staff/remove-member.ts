import { assignableRoles } from "@/server/access";
import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { actorMember, assertOwnerRemains, CANNOT_MANAGE, targetMember, withLockedStaff, type TStaffActor } from "./locked-staff";
import { ZRemoveMemberInput } from "./staff.schemas";

/**
 * Removes a member from the staff (their platform account stays). The actor must be able to
 * grant the member's role; the last owner cannot be removed.
 *
 * @throws ZodError; AppError NOT_FOUND, FORBIDDEN, CONFLICT (last owner).
 */
export async function removeMember(storeId: string, actor: TStaffActor, input: unknown): Promise<void> {
  const { membershipId } = ZRemoveMemberInput.parse(input);
  await withLockedStaff(storeId, async (tx, members) => {
    const me = actorMember(members, actor.userId);
    const target = targetMember(members, membershipId);
    if (!assignableRoles(me.role).includes(target.role)) throw new AppError("FORBIDDEN", CANNOT_MANAGE);
    assertOwnerRemains(members, target);
    await tx.storeMembership.delete({ where: { id: target.id } });
    await recordAudit({ storeId, actorType: "platform_user", actorId: actor.userId, action: "staff.removed", targetType: "membership", targetId: target.id, ip: actor.ip, userAgent: actor.userAgent, data: { userId: target.userId, role: target.role } }, tx);
  });
}
