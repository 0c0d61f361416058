/**
 * Store staff: invitations, roles, removal and ownership transfer. Every change runs under a
 * lock on the store's memberships, re-checks the actor's role there and keeps at least one
 * owner; each is audited (ids and roles only).
 */
import "server-only";

export { listStaff, countStaff, listPendingInvitations, type TStaffMember, type TPendingInvitation } from "./list-staff";
export { inviteStaff, INVITATION_TTL_MS } from "./invite-staff";
export { revokeInvitation } from "./revoke-invitation";
export { changeMemberRole } from "./change-member-role";
export { removeMember } from "./remove-member";
export { transferOwnership } from "./transfer-ownership";
export { inspectInvitation, acceptInvitation, type TInvitationView, type TInvitationStatus, type TAcceptInvitationResult } from "./accept-invitation";
export { LAST_OWNER, type TStaffActor } from "./locked-staff";
export {
  STORE_ROLES,
  ZStoreRole,
  ZInviteStaffInput,
  ZChangeMemberRoleInput,
  ZRemoveMemberInput,
  ZRevokeInvitationInput,
  ZTransferOwnershipInput,
  ZInvitationLink,
  type TInviteStaffInput,
  type TChangeMemberRoleInput,
  type TTransferOwnershipInput,
  type TInvitationLink,
} from "./staff.schemas";
