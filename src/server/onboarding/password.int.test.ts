import { afterAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { disconnectDb, platformDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashPassword, verifyPassword } from "@/server/identity";
import { hashToken } from "@/server/identity/tokens";
import { changePassword, inspectPasswordResetToken, requestPasswordReset, resetPassword, signOutEverywhere } from "@/server/onboarding";

const run = Math.random().toString(36).slice(2, 8);
const email = (name: string) => `${name}-${run}@example.com`;
const OLD = "Old-Password-2026";
const NEW = "Brand-New-Password-2026";

type TMail = { to: string[]; subject: string; text: string };
async function mailsTo(address: string): Promise<TMail[]> {
  const rows = await platformDb().outboxEvent.findMany({ where: { type: "mail.send" }, orderBy: { id: "asc" } });
  return rows.map((r) => r.payload as TMail).filter((p) => p.to?.includes(address));
}
const resetTokenIn = (mail: TMail) => /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];

async function makeUser(name: string, verified = true) {
  return platformDb().platformUser.create({
    data: { email: email(name), name, passwordHash: await hashPassword(OLD), emailVerifiedAt: verified ? new Date() : null },
  });
}

async function requestToken(address: string): Promise<string> {
  await requestPasswordReset({ email: address });
  return resetTokenIn((await mailsTo(address)).at(-1)!)!;
}

afterAll(disconnectDb);

describe("forgot password", () => {
  it("mails a reset link only to a registered address, with the same outcome for both", async () => {
    const user = await makeUser("forgot");
    const unknown = email("unknown");
    await expect(requestPasswordReset({ email: unknown })).resolves.toBeUndefined();
    await expect(requestPasswordReset({ email: user.email.toUpperCase() })).resolves.toBeUndefined();
    expect(await mailsTo(unknown)).toEqual([]);
    const [mail] = await mailsTo(user.email);
    expect(mail?.subject).toBe("Reset your ECOM password");
    expect(await inspectPasswordResetToken(resetTokenIn(mail!))).toBe("valid");
  });

  it("throttles reset requests per address whether or not it is registered", async () => {
    const unknown = email("reset-flood");
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: unknown });
    await expect(requestPasswordReset({ email: unknown })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const user = await makeUser("reset-flood-known");
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: user.email });
    await expect(requestPasswordReset({ email: user.email })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("reset password", () => {
  it("sets the password, ends every session, verifies the address and works once", async () => {
    const user = await makeUser("reset", false);
    const token = await requestToken(user.email);
    const result = await resetPassword({ token, password: NEW });
    expect(result).toEqual({ status: "reset", userId: user.id });
    const after = await platformDb().platformUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect(await verifyPassword(after.passwordHash, OLD)).toBe(false);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await resetPassword({ token, password: "Yet-Another-2026" })).toEqual({ status: "used" });
    expect(await inspectPasswordResetToken(token)).toBe("used");
  });

  it("a reset retires the user's other reset links", async () => {
    const user = await makeUser("reset-two");
    const first = await requestToken(user.email);
    const second = await requestToken(user.email);
    expect((await resetPassword({ token: second, password: NEW })).status).toBe("reset");
    expect(await resetPassword({ token: first, password: "Other-Password-2026" })).toEqual({ status: "used" });
  });

  it("refuses an expired link and an unknown one, changing nothing", async () => {
    const user = await makeUser("reset-expired");
    const token = await requestToken(user.email);
    await platformDb().platformUserToken.updateMany({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await resetPassword({ token, password: NEW })).toEqual({ status: "expired" });
    expect(await resetPassword({ token: "B".repeat(43), password: NEW })).toEqual({ status: "invalid" });
    const after = await platformDb().platformUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(after.sessionVersion).toBe(user.sessionVersion);
  });

  it("a verification token is not a reset token", async () => {
    const user = await makeUser("reset-purpose");
    const token = "V".repeat(43);
    await platformDb().platformUserToken.create({ data: { userId: user.id, purpose: "EMAIL_VERIFICATION", tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 60_000) } });
    expect(await resetPassword({ token, password: NEW })).toEqual({ status: "invalid" });
  });

  it("a refused new password leaves the link usable", async () => {
    const user = await makeUser("reset-weak");
    const token = await requestToken(user.email);
    await expect(resetPassword({ token, password: "password123" })).rejects.toBeInstanceOf(ZodError);
    expect(await inspectPasswordResetToken(token)).toBe("valid");
  });
});

describe("change password and sign out everywhere", () => {
  it("needs the current password, then bumps the session version", async () => {
    const user = await makeUser("change");
    expect(await changePassword(user.id, { currentPassword: "wrong-password", newPassword: NEW })).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "That is not your current password" },
    });
    expect((await platformDb().platformUser.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
    expect(await changePassword(user.id, { currentPassword: OLD, newPassword: NEW })).toEqual({ ok: true });
    const after = await platformDb().platformUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(1);
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    await expect(changePassword(user.id, { currentPassword: NEW, newPassword: "123456789" })).rejects.toBeInstanceOf(ZodError);
  });

  it("locks out a session that keeps guessing the current password", async () => {
    const user = await makeUser("change-guess");
    // Ten wrong guesses are allowed; the eleventh locks the change form, even for the right password.
    for (let i = 0; i < 11; i++) expect((await changePassword(user.id, { currentPassword: `guess-${i}`, newPassword: NEW })).ok).toBe(false);
    const error = await changePassword(user.id, { currentPassword: OLD, newPassword: NEW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("RATE_LIMITED");
    expect((await platformDb().platformUser.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });

  it("sign out everywhere bumps the session version and is audited", async () => {
    const user = await makeUser("everywhere");
    await signOutEverywhere(user.id, { ip: "192.0.2.1", userAgent: "vitest" });
    expect((await platformDb().platformUser.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    const entry = await platformDb().auditLogEntry.findFirstOrThrow({ where: { action: "auth.sign_out_everywhere", actorId: user.id } });
    expect(entry).toMatchObject({ ip: "192.0.2.1", userAgent: "vitest", targetId: user.id });
  });
});
