import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TStoreRole } from "@/server/access";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { createStore } from "@/server/onboarding";
import { changeMemberRole, countStaff, inviteStaff, LAST_OWNER, listPendingInvitations, listStaff, removeMember, revokeInvitation, transferOwnership } from "@/server/staff";

const run = Math.random().toString(36).slice(2, 8);
let seq = 0;

async function makeUser(name: string) {
  return platformDb().platformUser.create({ data: { email: `${name}-${run}-${++seq}@example.com`, name, passwordHash: "x", emailVerifiedAt: new Date() } });
}

/** A store with an owner and one member per extra role. */
async function makeStore(name: string, roles: TStoreRole[] = []) {
  const owner = await makeUser(`${name}-owner`);
  const store = await createStore(owner.id, { name, slug: `${name}-${run}`, country: "US", currency: "USD", timeZone: "UTC" });
  const members: Record<string, { userId: string; membershipId: string }> = { OWNER: { userId: owner.id, membershipId: "" } };
  for (const role of roles) {
    const user = await makeUser(`${name}-${role.toLowerCase()}`);
    const m = await storeDb(store.id).storeMembership.create({ data: { storeId: store.id, userId: user.id, role } });
    members[role] = { userId: user.id, membershipId: m.id };
  }
  members.OWNER!.membershipId = (await storeDb(store.id).storeMembership.findFirstOrThrow({ where: { storeId: store.id, userId: owner.id } })).id;
  return { ...store, owner, members: members as Record<TStoreRole, { userId: string; membershipId: string }> };
}

const actor = (userId: string) => ({ userId, ip: "192.0.2.4", userAgent: "vitest" });
const roleOf = async (storeId: string, membershipId: string) => (await storeDb(storeId).storeMembership.findUnique({ where: { id: membershipId } }))?.role;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
}

type TMail = { to: string[]; subject: string; text: string };
async function mailsTo(address: string): Promise<TMail[]> {
  const rows = await platformDb().outboxEvent.findMany({ where: { type: "mail.send" }, orderBy: { id: "asc" } });
  return rows.map((r) => r.payload as TMail).filter((p) => p.to?.includes(address));
}

afterAll(disconnectDb);

describe("invitations", () => {
  let store: Awaited<ReturnType<typeof makeStore>>;
  beforeAll(async () => {
    store = await makeStore("invites", ["ADMIN", "STAFF", "SUPPORT"]);
  });

  it("mails a 7-day link naming the store and records the invitation without the address in the audit log", async () => {
    const address = `support-${run}@example.com`;
    const { invitationId } = await inviteStaff(store.id, actor(store.owner.id), { email: address.toUpperCase(), role: "SUPPORT" });
    const [pending] = await listPendingInvitations(store.id);
    expect(pending).toMatchObject({ id: invitationId, email: address, role: "SUPPORT" });
    const days = (pending!.expiresAt.getTime() - pending!.createdAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    const [mail] = await mailsTo(address);
    expect(mail!.subject).toBe("You are invited to join invites on ECOM");
    expect(mail!.text).toMatch(new RegExp(`/invitations/accept\\?store=${store.slug}&token=[A-Za-z0-9_-]{43}`));
    const audit = await storeDb(store.id).auditLogEntry.findFirstOrThrow({ where: { storeId: store.id, action: "staff.invited", targetId: invitationId } });
    expect(JSON.stringify(audit, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(address);
    expect(audit.data).toEqual({ role: "SUPPORT" });
  });

  it("re-inviting an address revokes its older pending invitation", async () => {
    const address = `again-${run}@example.com`;
    const first = await inviteStaff(store.id, actor(store.owner.id), { email: address, role: "STAFF" });
    const second = await inviteStaff(store.id, actor(store.owner.id), { email: address, role: "SUPPORT" });
    const rows = await storeDb(store.id).storeInvitation.findMany({ where: { storeId: store.id, email: address }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.id, r.revokedAt !== null])).toEqual([
      [first.invitationId, true],
      [second.invitationId, false],
    ]);
  });

  it("grants only roles the inviter may assign, and only with staff:manage", async () => {
    const address = `nope-${run}@example.com`;
    expect(await codeOf(inviteStaff(store.id, actor(store.members.ADMIN.userId), { email: address, role: "OWNER" }))).toBe("FORBIDDEN");
    expect(await codeOf(inviteStaff(store.id, actor(store.members.ADMIN.userId), { email: address, role: "STAFF" }))).toBe("resolved");
    expect(await codeOf(inviteStaff(store.id, actor(store.members.STAFF.userId), { email: address, role: "SUPPORT" }))).toBe("FORBIDDEN");
    expect(await codeOf(inviteStaff(store.id, actor(store.members.SUPPORT.userId), { email: address, role: "SUPPORT" }))).toBe("FORBIDDEN");
  });

  it("refuses to invite someone already on the staff, with an email field error", async () => {
    const admin = await platformDb().platformUser.findUniqueOrThrow({ where: { id: store.members.ADMIN.userId } });
    const error = await inviteStaff(store.id, actor(store.owner.id), { email: admin.email, role: "STAFF" }).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "CONFLICT", details: { fields: [{ path: "email", message: "This person is already on the staff" }] } });
  });

  it("refuses invalid input with field paths", async () => {
    const error = await inviteStaff(store.id, actor(store.owner.id), { email: "not-an-email", role: "KING" }).catch((e: unknown) => e);
    expect((error as { issues: { path: string[] }[] }).issues.map((i) => i.path[0])).toEqual(["email", "role"]);
  });

  it("revokes a pending invitation once; another store's invitation is not found", async () => {
    const other = await makeStore("invites-other");
    const mine = await inviteStaff(store.id, actor(store.owner.id), { email: `revoke-${run}@example.com`, role: "STAFF" });
    const theirs = await inviteStaff(other.id, actor(other.owner.id), { email: `theirs-${run}@example.com`, role: "STAFF" });
    await revokeInvitation(store.id, actor(store.owner.id), { invitationId: mine.invitationId });
    expect(await codeOf(revokeInvitation(store.id, actor(store.owner.id), { invitationId: mine.invitationId }))).toBe("NOT_FOUND");
    expect(await codeOf(revokeInvitation(store.id, actor(store.owner.id), { invitationId: theirs.invitationId }))).toBe("NOT_FOUND");
    expect(await codeOf(revokeInvitation(other.id, actor(store.owner.id), { invitationId: theirs.invitationId }))).toBe("NOT_FOUND");
    expect((await storeDb(other.id).storeInvitation.findUniqueOrThrow({ where: { id: theirs.invitationId } })).revokedAt).toBeNull();
    expect(await storeDb(store.id).auditLogEntry.count({ where: { storeId: store.id, action: "staff.invitation_revoked", targetId: mine.invitationId } })).toBe(1);
  });
});

describe("roles, removal and the last owner", () => {
  it("changes roles within what the actor may grant, and audits from/to", async () => {
    const s = await makeStore("roles", ["ADMIN", "STAFF", "SUPPORT"]);
    await changeMemberRole(s.id, actor(s.members.ADMIN.userId), { membershipId: s.members.SUPPORT.membershipId, role: "STAFF" });
    expect(await roleOf(s.id, s.members.SUPPORT.membershipId)).toBe("STAFF");
    const audit = await storeDb(s.id).auditLogEntry.findFirstOrThrow({ where: { storeId: s.id, action: "staff.role_changed" } });
    expect(audit.data).toMatchObject({ from: "SUPPORT", to: "STAFF", userId: s.members.SUPPORT.userId });
    // Admins cannot touch owners or make owners; staff cannot manage staff at all.
    expect(await codeOf(changeMemberRole(s.id, actor(s.members.ADMIN.userId), { membershipId: s.members.OWNER.membershipId, role: "ADMIN" }))).toBe("FORBIDDEN");
    expect(await codeOf(changeMemberRole(s.id, actor(s.members.ADMIN.userId), { membershipId: s.members.STAFF.membershipId, role: "OWNER" }))).toBe("FORBIDDEN");
    expect(await codeOf(changeMemberRole(s.id, actor(s.members.STAFF.userId), { membershipId: s.members.SUPPORT.membershipId, role: "SUPPORT" }))).toBe("FORBIDDEN");
    expect(await roleOf(s.id, s.members.OWNER.membershipId)).toBe("OWNER");
  });

  it("never lets the last owner be demoted or removed", async () => {
    const s = await makeStore("last-owner", ["ADMIN"]);
    const demote = await changeMemberRole(s.id, actor(s.owner.id), { membershipId: s.members.OWNER.membershipId, role: "ADMIN" }).catch((e: AppError) => e);
    expect(demote).toMatchObject({ code: "CONFLICT", message: LAST_OWNER });
    expect(await codeOf(removeMember(s.id, actor(s.owner.id), { membershipId: s.members.OWNER.membershipId }))).toBe("CONFLICT");
    expect(await roleOf(s.id, s.members.OWNER.membershipId)).toBe("OWNER");
    // With a second owner, one of them may step down.
    await changeMemberRole(s.id, actor(s.owner.id), { membershipId: s.members.ADMIN.membershipId, role: "OWNER" });
    await changeMemberRole(s.id, actor(s.owner.id), { membershipId: s.members.OWNER.membershipId, role: "ADMIN" });
    expect(await roleOf(s.id, s.members.OWNER.membershipId)).toBe("ADMIN");
  });

  it("two owners stepping down at the same time: exactly one succeeds, one owner remains", async () => {
    const s = await makeStore("race", ["ADMIN"]);
    await changeMemberRole(s.id, actor(s.owner.id), { membershipId: s.members.ADMIN.membershipId, role: "OWNER" });
    const results = await Promise.all([
      codeOf(changeMemberRole(s.id, actor(s.owner.id), { membershipId: s.members.OWNER.membershipId, role: "ADMIN" })),
      codeOf(changeMemberRole(s.id, actor(s.members.ADMIN.userId), { membershipId: s.members.ADMIN.membershipId, role: "ADMIN" })),
    ]);
    expect(results.sort()).toEqual(["CONFLICT", "resolved"]);
    expect(await storeDb(s.id).storeMembership.count({ where: { storeId: s.id, role: "OWNER" } })).toBe(1);
  });

  it("two owners demoting each other at the same time: one owner remains", async () => {
    const s = await makeStore("race-each", ["ADMIN"]);
    await changeMemberRole(s.id, actor(s.owner.id), { membershipId: s.members.ADMIN.membershipId, role: "OWNER" });
    const results = await Promise.all([
      codeOf(changeMemberRole(s.id, actor(s.owner.id), { membershipId: s.members.ADMIN.membershipId, role: "ADMIN" })),
      codeOf(changeMemberRole(s.id, actor(s.members.ADMIN.userId), { membershipId: s.members.OWNER.membershipId, role: "ADMIN" })),
    ]);
    // The second to run sees the first's result under the lock: it is no longer an owner, so an owner cannot be touched by it.
    expect(results.filter((r) => r === "resolved")).toHaveLength(1);
    expect(await storeDb(s.id).storeMembership.count({ where: { storeId: s.id, role: "OWNER" } })).toBe(1);
  });

  it("removes members the actor may manage, and audits it", async () => {
    const s = await makeStore("remove", ["ADMIN", "SUPPORT"]);
    expect(await codeOf(removeMember(s.id, actor(s.members.ADMIN.userId), { membershipId: s.members.OWNER.membershipId }))).toBe("FORBIDDEN");
    await removeMember(s.id, actor(s.members.ADMIN.userId), { membershipId: s.members.SUPPORT.membershipId });
    expect(await countStaff(s.id)).toBe(2);
    expect((await listStaff(s.id)).map((m) => m.role)).toEqual(["OWNER", "ADMIN"]);
    expect(await storeDb(s.id).auditLogEntry.count({ where: { storeId: s.id, action: "staff.removed", targetId: s.members.SUPPORT.membershipId } })).toBe(1);
    // The platform account stays.
    expect(await platformDb().platformUser.findUnique({ where: { id: s.members.SUPPORT.userId } })).not.toBeNull();
  });
});

describe("ownership transfer", () => {
  it("owner only; the target becomes owner and, if asked, the former owner becomes admin", async () => {
    const s = await makeStore("transfer", ["ADMIN", "STAFF"]);
    expect(await codeOf(transferOwnership(s.id, actor(s.members.ADMIN.userId), { membershipId: s.members.STAFF.membershipId }))).toBe("FORBIDDEN");
    expect(await codeOf(transferOwnership(s.id, actor(s.owner.id), { membershipId: s.members.OWNER.membershipId }))).toBe("BAD_REQUEST");
    await transferOwnership(s.id, actor(s.owner.id), { membershipId: s.members.STAFF.membershipId, formerOwnerBecomesAdmin: true });
    expect(await roleOf(s.id, s.members.STAFF.membershipId)).toBe("OWNER");
    expect(await roleOf(s.id, s.members.OWNER.membershipId)).toBe("ADMIN");
    const audit = await storeDb(s.id).auditLogEntry.findFirstOrThrow({ where: { storeId: s.id, action: "staff.ownership_transferred" } });
    expect(audit).toMatchObject({ actorId: s.owner.id, targetId: s.members.STAFF.membershipId, data: { formerOwnerRole: "ADMIN", from: "STAFF" } });
    // The former owner, now admin, can no longer transfer.
    expect(await codeOf(transferOwnership(s.id, actor(s.owner.id), { membershipId: s.members.ADMIN.membershipId }))).toBe("FORBIDDEN");
  });

  it("without stepping down, both are owners", async () => {
    const s = await makeStore("co-owners", ["ADMIN"]);
    await transferOwnership(s.id, actor(s.owner.id), { membershipId: s.members.ADMIN.membershipId });
    expect(await storeDb(s.id).storeMembership.count({ where: { storeId: s.id, role: "OWNER" } })).toBe(2);
  });
});

describe("cross-tenant: staff of store A cannot touch store B", () => {
  it("every staff operation on B by A's owner, or on B's members through A, is NOT_FOUND and changes nothing", async () => {
    const a = await makeStore("tenant-a", ["SUPPORT"]);
    const b = await makeStore("tenant-b", ["SUPPORT"]);
    const attacker = actor(a.owner.id);
    const victimMember = { membershipId: b.members.SUPPORT.membershipId };
    const attempts: (() => Promise<unknown>)[] = [
      () => changeMemberRole(b.id, attacker, { ...victimMember, role: "ADMIN" }),
      () => changeMemberRole(a.id, attacker, { ...victimMember, role: "ADMIN" }),
      () => removeMember(b.id, attacker, victimMember),
      () => removeMember(a.id, attacker, victimMember),
      () => transferOwnership(b.id, attacker, victimMember),
      () => transferOwnership(a.id, attacker, victimMember),
      () => inviteStaff(b.id, attacker, { email: `evil-${run}@example.com`, role: "OWNER" }),
    ];
    for (const attempt of attempts) expect(await codeOf(attempt())).toBe("NOT_FOUND");
    expect(await roleOf(b.id, victimMember.membershipId)).toBe("SUPPORT");
    expect(await listPendingInvitations(b.id)).toEqual([]);
    const aStaff = await listStaff(a.id);
    expect(aStaff.map((m) => m.userId)).not.toContain(b.owner.id);
    expect(aStaff.map((m) => m.userId)).not.toContain(b.members.SUPPORT.userId);
  });
});
