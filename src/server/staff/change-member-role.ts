import { assignableRoles } from "@/server/access";
import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { actorMember, assertOwnerRemains, CANNOT_MANAGE, targetMember, withLockedStaff, type TStaffActor } from "./locked-staff";
import { ZChangeMemberRoleInput } from "./staff.schemas";

/**
 * Gives a member another role. Both the member's current role and the new one must be roles
 * the actor may grant (an admin cannot touch owners), and the last owner cannot be demoted.
 *
 * @throws ZodError; AppError NOT_FOUND (not this store's member), FORBIDDEN, CONFLICT (last owner).
 */
export async function changeMemberRole(storeId: string, actor: TStaffActor, input: unknown): Promise<void> {
  const { membershipId, role } = ZChangeMemberRoleInput.parse(input);
  await withLockedStaff(storeId, async (tx, members) => {
    const me = actorMember(members, actor.userId);
    const target = targetMember(members, membershipId);
    const grantable = assignableRoles(me.role);
    if (!grantable.includes(target.role) || !grantable.includes(role)) throw new AppError("FORBIDDEN", CANNOT_MANAGE);
    if (target.role === role) return;
    if (role !== "OWNER") assertOwnerRemains(members, target);
    await tx.storeMembership.update({ where: { id: target.id }, data: { role } });
    await recordAudit({ storeId, actorType: "platform_user", actorId: actor.userId, action: "staff.role_changed", targetType: "membership", targetId: target.id, ip: actor.ip, userAgent: actor.userAgent, data: { userId: target.userId, from: target.role, to: role } }, tx);
  });
}
