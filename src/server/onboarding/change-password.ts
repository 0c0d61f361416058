import { platformDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { hashPassword, verifyPassword } from "@/server/identity";
import { check, hit, reset } from "@/server/security";
import { ZChangePasswordInput } from "./onboarding.schemas";
import type { TRequestContext } from "./onboarding.schemas";
import { rateLimited } from "./throttle-mail-request";

const CHANGE_FAILURES = { limit: 10, windowMs: 15 * 60 * 1000, blockMs: 15 * 60 * 1000 };

export type TChangePasswordResult = { ok: true } | { ok: false; fieldErrors: { currentPassword: string } };

/**
 * Changes the password of a signed-in user who knows the current one, and bumps
 * sessionVersion so every session (this one included) ends; the caller forgets the cached
 * session and signs the user in again with the new password. Wrong current passwords are
 * limited (10 per 15 minutes per user) so a stolen session cannot guess it.
 *
 * @throws ZodError for a new password the policy refuses; AppError RATE_LIMITED.
 */
export async function changePassword(userId: string, input: unknown, context: TRequestContext = {}): Promise<TChangePasswordResult> {
  const { currentPassword, newPassword } = ZChangePasswordInput.parse(input);
  const key = `pwchange:user:${userId}`;
  const lock = await check(key);
  if (!lock.allowed) throw rateLimited(lock.retryAfterSeconds);
  const db = platformDb();
  const user = await db.platformUser.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await hit(key, CHANGE_FAILURES);
    await recordAudit({ actorType: "platform_user", actorId: userId, action: "auth.password_change_failed", targetType: "platform_user", targetId: userId, ip: context.ip, userAgent: context.userAgent });
    return { ok: false, fieldErrors: { currentPassword: "That is not your current password" } };
  }
  await reset(key);
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.platformUser.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit({ actorType: "platform_user", actorId: userId, action: "auth.password_changed", targetType: "platform_user", targetId: userId, ip: context.ip, userAgent: context.userAgent }, tx);
  });
  return { ok: true };
}
