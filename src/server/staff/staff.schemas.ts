import { z } from "zod";
import { ZEmail } from "@/server/identity";

export const STORE_ROLES = ["OWNER", "ADMIN", "STAFF", "SUPPORT"] as const;

export const ZStoreRole = z.enum(STORE_ROLES, { error: "Choose a role" });
const ZId = z.string().trim().min(1, "Missing id").max(64, "Not a valid id");

/** Invite someone to the store's staff by email, with a role the inviter may grant. */
export const ZInviteStaffInput = z.object({ email: ZEmail, role: ZStoreRole });
export type TInviteStaffInput = z.infer<typeof ZInviteStaffInput>;

export const ZChangeMemberRoleInput = z.object({ membershipId: ZId, role: ZStoreRole });
export type TChangeMemberRoleInput = z.infer<typeof ZChangeMemberRoleInput>;

export const ZRemoveMemberInput = z.object({ membershipId: ZId });
export const ZRevokeInvitationInput = z.object({ invitationId: ZId });

/** Owner only: make another member an owner; optionally step down to admin. */
export const ZTransferOwnershipInput = z.object({ membershipId: ZId, formerOwnerBecomesAdmin: z.boolean().default(false) });
export type TTransferOwnershipInput = z.infer<typeof ZTransferOwnershipInput>;

/** The invitation link's query: the store's slug and the emailed token. */
export const ZInvitationLink = z.object({
  store: z.string().trim().toLowerCase().min(1).max(40).regex(/^[a-z0-9-]+$/),
  token: z.string().trim().min(16).max(256).regex(/^[A-Za-z0-9_\-.~]+$/),
});
export type TInvitationLink = z.infer<typeof ZInvitationLink>;
