import { platformDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { hashPassword } from "@/server/identity";
import { ZResetPasswordInput, ZToken } from "./onboarding.schemas";
import { consumePlatformToken, lookUpPlatformToken, retireOpenTokens } from "./platform-tokens";
import type { TRequestContext } from "./onboarding.schemas";

export type TResetTokenStatus = "valid" | "expired" | "used" | "invalid";

/** Whether a reset link can still be used (the page shows the form or explains why not). */
export async function inspectPasswordResetToken(token: unknown): Promise<TResetTokenStatus> {
  const parsed = ZToken.safeParse(token);
  if (!parsed.success) return "invalid";
  return (await lookUpPlatformToken(parsed.data, "PASSWORD_RESET")).status;
}

export type TResetPasswordResult = { status: "reset"; userId: string } | { status: Exclude<TResetTokenStatus, "valid"> };

/**
 * Sets a new password through a reset link. Uses the token up, retires the user's other
 * reset links, marks the address verified (the link proved it) and bumps sessionVersion, so
 * every existing session ends: the caller also forgets the cached session (forgetPlatformSession).
 *
 * @throws ZodError for a password the policy refuses (nothing is used up then).
 */
export async function resetPassword(input: unknown, context: TRequestContext = {}): Promise<TResetPasswordResult> {
  const { token, password } = ZResetPasswordInput.parse(input);
  const found = await lookUpPlatformToken(token, "PASSWORD_RESET");
  if (found.status !== "valid") return { status: found.status };
  const passwordHash = await hashPassword(password);
  return platformDb().$transaction(async (tx): Promise<TResetPasswordResult> => {
    if (!(await consumePlatformToken(tx, found.tokenId))) return { status: "used" };
    const user = await tx.platformUser.findUniqueOrThrow({ where: { id: found.userId }, select: { emailVerifiedAt: true } });
    await tx.platformUser.update({
      where: { id: found.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, ...(user.emailVerifiedAt ? {} : { emailVerifiedAt: new Date() }) },
    });
    await retireOpenTokens(tx, found.userId, "PASSWORD_RESET");
    await recordAudit({ actorType: "platform_user", actorId: found.userId, action: "auth.password_reset", targetType: "platform_user", targetId: found.userId, ip: context.ip, userAgent: context.userAgent }, tx);
    return { status: "reset", userId: found.userId };
  });
}
