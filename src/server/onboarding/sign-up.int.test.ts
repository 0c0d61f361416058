import { afterAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { disconnectDb, platformDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { toErrorResponse } from "@/server/http";
import { hashToken } from "@/server/identity/tokens";
import { requestVerificationEmail, signUpPlatformUser, verifyEmail } from "@/server/onboarding";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

const run = Math.random().toString(36).slice(2, 8);
const email = (name: string) => `${name}-${run}@example.com`;
const PASSWORD = "Lanka-Gems-Owner-2026";

type TMail = { to: string[]; subject: string; text: string };
async function mailsTo(address: string): Promise<TMail[]> {
  const rows = await platformDb().outboxEvent.findMany({ where: { type: "mail.send" }, orderBy: { id: "asc" } });
  return rows.map((r) => r.payload as TMail).filter((p) => p.to?.includes(address));
}
const tokenIn = (mail: TMail) => /verify-email\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

afterAll(disconnectDb);

describe("sign-up", () => {
  it("creates an unverified user and queues a one-hour, single-use verification link", async () => {
    const address = email("new");
    await signUpPlatformUser({ name: "Nimal", email: address.toUpperCase(), password: PASSWORD });
    const user = await platformDb().platformUser.findUniqueOrThrow({ where: { email: address } });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const [mail] = await mailsTo(address);
    expect(mail?.subject).toBe("Verify your email for ECOM");
    const token = tokenIn(mail!)!;
    const row = await platformDb().platformUserToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row).toMatchObject({ userId: user.id, purpose: "EMAIL_VERIFICATION", usedAt: null });
    const ttl = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(ttl).toBeGreaterThan(59 * 60_000);
    expect(ttl).toBeLessThanOrEqual(60 * 60_000 + 1_000);
    // Only the hash is stored.
    expect(JSON.stringify(await platformDb().platformUserToken.findMany({ where: { userId: user.id } }))).not.toContain(token);
  });

  it("refuses a common or short password and writes nothing", async () => {
    const address = email("weak");
    for (const password of ["password", "short"]) {
      const error = await errorOf(signUpPlatformUser({ name: "Weak", email: address, password }));
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0]?.path).toEqual(["password"]);
    }
    expect(await platformDb().platformUser.findUnique({ where: { email: address } })).toBeNull();
    expect(await mailsTo(address)).toEqual([]);
  });

  it("answers a registered address exactly like a new one, mails its owner instead and changes nothing", async () => {
    const address = email("taken");
    await signUpPlatformUser({ name: "Original", email: address, password: PASSWORD });
    const before = await platformDb().platformUser.findUniqueOrThrow({ where: { email: address } });

    const { signUpAction } = await import("@/app/signup/actions");
    const fresh = email("fresh");
    const form = (e: string) => {
      const f = new FormData();
      f.set("name", "Intruder");
      f.set("email", e);
      f.set("password", "Another-Password-2026");
      return f;
    };
    const forRegistered = await signUpAction({ status: "idle" }, form(address));
    const forNew = await signUpAction({ status: "idle" }, form(fresh));
    // The only difference is the address the user typed, echoed back to them.
    expect({ ...forRegistered, values: {} }).toEqual({ ...forNew, values: {} });
    expect(forRegistered).toEqual({ status: "ok", values: { email: address } });

    const after = await platformDb().platformUser.findUniqueOrThrow({ where: { email: address } });
    expect(after).toMatchObject({ id: before.id, name: "Original", passwordHash: before.passwordHash });
    expect(await platformDb().platformUser.count({ where: { email: address } })).toBe(1);
    const mails = await mailsTo(address);
    expect(mails.map((m) => m.subject)).toEqual(["Verify your email for ECOM", "Someone tried to sign up to ECOM with your email"]);
    expect(mails[1]!.text).toContain("/forgot-password");
    expect(tokenIn(mails[1]!)).toBeUndefined();
  });

  it("throttles sign-ups per address: the sixth in an hour is 429 with Retry-After and a human message", async () => {
    const address = email("throttled");
    for (let i = 0; i < 5; i++) await signUpPlatformUser({ name: "T", email: address, password: PASSWORD });
    const error = await errorOf(signUpPlatformUser({ name: "T", email: address, password: PASSWORD }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("RATE_LIMITED");
    expect((error as AppError).message).toMatch(/Try again in \d+ minutes?/);
    const response = toErrorResponse(error, "req-1");
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    // Registered or not, the limit is the same (it counts before looking the address up).
    expect(await mailsTo(address)).toHaveLength(5);
  });

  it("throttles sign-ups per IP across addresses", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    const tag = Math.random().toString(36).slice(2, 8);
    for (let i = 0; i < 20; i++) await signUpPlatformUser({ name: "Bulk", email: `bulk-${tag}-${i}@example.com`, password: PASSWORD }, { ip });
    const error = await errorOf(signUpPlatformUser({ name: "Bulk", email: `bulk-${tag}-x@example.com`, password: PASSWORD }, { ip }));
    expect((error as AppError).code).toBe("RATE_LIMITED");
    // Another IP (or none) is not affected.
    await expect(signUpPlatformUser({ name: "Bulk", email: `bulk-${tag}-y@example.com`, password: PASSWORD }, { ip: "198.51.100.7" })).resolves.toBeUndefined();
  });
});

describe("email verification", () => {
  async function signedUp(name: string) {
    const address = email(name);
    await signUpPlatformUser({ name, email: address, password: PASSWORD });
    const token = tokenIn((await mailsTo(address)).at(-1)!)!;
    return { address, token };
  }

  it("verifies once; the used link then reports the address as verified", async () => {
    const { address, token } = await signedUp("verify");
    expect(await verifyEmail(token)).toEqual({ status: "verified" });
    const user = await platformDb().platformUser.findUniqueOrThrow({ where: { email: address } });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyEmail(token)).toEqual({ status: "already_verified" });
    const audit = await platformDb().auditLogEntry.count({ where: { action: "platform_user.email_verified", actorId: user.id } });
    expect(audit).toBe(1);
  });

  it("refuses expired, unknown and wrong-purpose tokens", async () => {
    const { address, token } = await signedUp("expired");
    await platformDb().platformUserToken.updateMany({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyEmail(token)).toEqual({ status: "expired" });
    expect((await platformDb().platformUser.findUniqueOrThrow({ where: { email: address } })).emailVerifiedAt).toBeNull();
    expect(await verifyEmail("A".repeat(43))).toEqual({ status: "invalid" });
    expect(await verifyEmail("<script>")).toEqual({ status: "invalid" });
    expect(await verifyEmail(undefined)).toEqual({ status: "invalid" });
  });

  it("an older link stops working once a newer one verified the address", async () => {
    const { address, token: first } = await signedUp("two-links");
    await requestVerificationEmail({ email: address });
    const second = tokenIn((await mailsTo(address)).at(-1)!)!;
    expect(second).not.toBe(first);
    expect(await verifyEmail(second)).toEqual({ status: "verified" });
    expect(await verifyEmail(first)).toEqual({ status: "already_verified" });
  });

  it("resends only to unverified accounts, with the same outcome for every address", async () => {
    const { address, token } = await signedUp("resend");
    const unknown = email("nobody");
    await expect(requestVerificationEmail({ email: unknown })).resolves.toBeUndefined();
    expect(await mailsTo(unknown)).toEqual([]);
    await expect(requestVerificationEmail({ email: address })).resolves.toBeUndefined();
    expect(await mailsTo(address)).toHaveLength(2);
    await verifyEmail(token);
    await expect(requestVerificationEmail({ email: address })).resolves.toBeUndefined();
    expect(await mailsTo(address)).toHaveLength(2);
  });
});
