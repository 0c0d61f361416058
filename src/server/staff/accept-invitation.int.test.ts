import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { hashToken } from "@/server/identity/tokens";
import { createStore } from "@/server/onboarding";
import { acceptInvitation, inspectInvitation, inviteStaff } from "@/server/staff";

const run = Math.random().toString(36).slice(2, 8);
let seq = 0;
const address = (name: string) => `${name}-${run}-${++seq}@example.com`;

async function makeUser(email: string, verified = true) {
  return platformDb().platformUser.create({ data: { email, name: email.split("@")[0]!, passwordHash: "x", emailVerifiedAt: verified ? new Date() : null } });
}

type TMail = { to: string[]; text: string };
async function invitationLink(email: string): Promise<{ store: string; token: string }> {
  const rows = await platformDb().outboxEvent.findMany({ where: { type: "mail.send" }, orderBy: { id: "desc" } });
  const mail = rows.map((r) => r.payload as TMail).find((p) => p.to?.includes(email))!;
  const url = new URL(/https?:\/\/\S+\/invitations\/accept\?\S+/.exec(mail.text)![0]);
  return { store: url.searchParams.get("store")!, token: url.searchParams.get("token")! };
}

let storeA: { id: string; slug: string };
let storeB: { id: string; slug: string };
let ownerA: { id: string };

beforeAll(async () => {
  ownerA = await makeUser(address("owner-a"));
  const ownerB = await makeUser(address("owner-b"));
  storeA = await createStore(ownerA.id, { name: "Store A", slug: `accept-a-${run}`, country: "LK", currency: "LKR", timeZone: "UTC" });
  storeB = await createStore(ownerB.id, { name: "Store B", slug: `accept-b-${run}`, country: "LK", currency: "LKR", timeZone: "UTC" });
});

afterAll(disconnectDb);

async function invite(email: string, role: "SUPPORT" | "ADMIN" | "STAFF" = "SUPPORT") {
  await inviteStaff(storeA.id, { userId: ownerA.id }, { email, role });
  return invitationLink(email);
}

describe("accepting an invitation", () => {
  it("shows the store and role to the link holder, joins the invited user with that role and audits it", async () => {
    const email = address("support");
    const link = await invite(email);
    expect(await inspectInvitation(link)).toMatchObject({ status: "valid", store: { slug: storeA.slug, name: "Store A" }, role: "SUPPORT", email });
    const user = await makeUser(email);
    expect(await acceptInvitation(link, { userId: user.id })).toEqual({ status: "joined", store: { slug: storeA.slug, name: "Store A" } });
    expect(await storeDb(storeA.id).storeMembership.findFirst({ where: { storeId: storeA.id, userId: user.id }, select: { role: true } })).toEqual({ role: "SUPPORT" });
    const audit = await storeDb(storeA.id).auditLogEntry.findFirstOrThrow({ where: { storeId: storeA.id, action: "staff.invitation_accepted", actorId: user.id } });
    expect(audit.data).toMatchObject({ role: "SUPPORT", alreadyMember: false });
  });

  it("works once: a used link is refused as used", async () => {
    const email = address("once");
    const link = await invite(email);
    const user = await makeUser(email);
    await acceptInvitation(link, { userId: user.id });
    expect(await acceptInvitation(link, { userId: user.id })).toEqual({ status: "accepted" });
    expect((await inspectInvitation(link)).status).toBe("accepted");
  });

  it("refuses a user signed in with another address, and an unverified one, without using the link", async () => {
    const email = address("invited");
    const link = await invite(email);
    const stranger = await makeUser(address("stranger"));
    expect(await acceptInvitation(link, { userId: stranger.id })).toEqual({ status: "wrong_email" });
    const unverified = await makeUser(email, false);
    expect(await acceptInvitation(link, { userId: unverified.id })).toEqual({ status: "unverified" });
    expect((await inspectInvitation(link)).status).toBe("valid");
    expect(await storeDb(storeA.id).storeMembership.count({ where: { storeId: storeA.id, userId: { in: [stranger.id, unverified.id] } } })).toBe(0);
  });

  it("refuses an expired invitation and a revoked (replaced) one", async () => {
    const email = address("late");
    const old = await invite(email);
    const current = await invite(email);
    const user = await makeUser(email);
    expect(await acceptInvitation(old, { userId: user.id })).toEqual({ status: "revoked" });
    await storeDb(storeA.id).storeInvitation.updateMany({ where: { storeId: storeA.id, tokenHash: hashToken(current.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await acceptInvitation(current, { userId: user.id })).toEqual({ status: "expired" });
    expect(await storeDb(storeA.id).storeMembership.count({ where: { storeId: storeA.id, userId: user.id } })).toBe(0);
  });

  it("an existing member keeps their role; the invitation is used up", async () => {
    const email = address("member");
    const user = await makeUser(email);
    await storeDb(storeA.id).storeMembership.create({ data: { storeId: storeA.id, userId: user.id, role: "ADMIN" } });
    // Invited before joining by another way: inviteStaff refuses current members, so write the invitation directly.
    const { invitationId } = await inviteStaff(storeA.id, { userId: ownerA.id }, { email: address("placeholder"), role: "SUPPORT" });
    const token = "M".repeat(43);
    await storeDb(storeA.id).storeInvitation.update({ where: { id: invitationId }, data: { email, tokenHash: hashToken(token) } });
    const link = { store: storeA.slug, token };
    expect(await acceptInvitation(link, { userId: user.id })).toEqual({ status: "already_member", store: { slug: storeA.slug, name: "Store A" } });
    expect(await storeDb(storeA.id).storeMembership.findFirst({ where: { storeId: storeA.id, userId: user.id }, select: { role: true } })).toEqual({ role: "ADMIN" });
    expect((await inspectInvitation(link)).status).toBe("accepted");
  });

  it("cross-tenant: store A's token presented with store B's slug is just invalid", async () => {
    const email = address("cross");
    const link = await invite(email);
    const user = await makeUser(email);
    const forged = { store: storeB.slug, token: link.token };
    expect(await inspectInvitation(forged)).toEqual({ status: "invalid" });
    expect(await acceptInvitation(forged, { userId: user.id })).toEqual({ status: "invalid" });
    expect(await storeDb(storeB.id).storeMembership.count({ where: { storeId: storeB.id, userId: user.id } })).toBe(0);
    expect(await storeDb(storeA.id).storeMembership.count({ where: { storeId: storeA.id, userId: user.id } })).toBe(0);
    // The real link still works for its own store.
    expect((await acceptInvitation(link, { userId: user.id })).status).toBe("joined");
  });

  it("garbage links are invalid and name no store", async () => {
    for (const link of [{}, { store: storeA.slug }, { store: storeA.slug, token: "x" }, { store: "no-such-store-anywhere", token: "A".repeat(43) }, { store: "../etc", token: "A".repeat(43) }]) {
      expect(await inspectInvitation(link)).toEqual({ status: "invalid" });
    }
  });
});
