import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { actorMember, targetMember, withLockedStaff, type TStaffActor } from "./locked-staff";
import { ZTransferOwnershipInput } from "./staff.schemas";

/**
 * Owner only: makes another member an owner. With `formerOwnerBecomesAdmin` the actor steps
 * down to admin in the same transaction (the new owner keeps the store owned throughout).
 *
 * @throws ZodError; AppError NOT_FOUND, FORBIDDEN (not an owner), BAD_REQUEST (to oneself or an owner).
 */
export async function transferOwnership(storeId: string, actor: TStaffActor, input: unknown): Promise<void> {
  const { membershipId, formerOwnerBecomesAdmin } = ZTransferOwnershipInput.parse(input);
  await withLockedStaff(storeId, async (tx, members) => {
    const me = actorMember(members, actor.userId);
    if (me.role !== "OWNER") throw new AppError("FORBIDDEN", "Only an owner can transfer ownership");
    const target = targetMember(members, membershipId);
    if (target.id === me.id) throw new AppError("BAD_REQUEST", "Choose another member");
    if (target.role === "OWNER") throw new AppError("BAD_REQUEST", "That member is an owner already");
    await tx.storeMembership.update({ where: { id: target.id }, data: { role: "OWNER" } });
    if (formerOwnerBecomesAdmin) await tx.storeMembership.update({ where: { id: me.id }, data: { role: "ADMIN" } });
    await recordAudit({ storeId, actorType: "platform_user", actorId: actor.userId, action: "staff.ownership_transferred", targetType: "membership", targetId: target.id, ip: actor.ip, userAgent: actor.userAgent, data: { userId: target.userId, from: target.role, formerOwnerRole: formerOwnerBecomesAdmin ? "ADMIN" : "OWNER" } }, tx);
  });
}
