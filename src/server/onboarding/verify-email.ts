import { platformDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { ZToken } from "./onboarding.schemas";
import { consumePlatformToken, lookUpPlatformToken, retireOpenTokens } from "./platform-tokens";
import type { TRequestContext } from "./onboarding.schemas";

export type TVerifyEmailResult = { status: "verified" | "already_verified" | "expired" | "used" | "invalid" };

/**
 * Marks the address of the token's user verified and uses the token up. A used link of an
 * address that is verified now says so ("already_verified") instead of failing, since mail
 * scanners sometimes open links first.
 */
export async function verifyEmail(token: unknown, context: TRequestContext = {}): Promise<TVerifyEmailResult> {
  const parsed = ZToken.safeParse(token);
  if (!parsed.success) return { status: "invalid" };
  const found = await lookUpPlatformToken(parsed.data, "EMAIL_VERIFICATION");
  const db = platformDb();
  if (found.status !== "valid") {
    if (found.status === "used" && found.userId) {
      const user = await db.platformUser.findUnique({ where: { id: found.userId }, select: { emailVerifiedAt: true } });
      if (user?.emailVerifiedAt) return { status: "already_verified" };
    }
    return { status: found.status };
  }
  return db.$transaction(async (tx): Promise<TVerifyEmailResult> => {
    if (!(await consumePlatformToken(tx, found.tokenId))) return { status: "used" };
    const user = await tx.platformUser.findUniqueOrThrow({ where: { id: found.userId }, select: { emailVerifiedAt: true } });
    if (!user.emailVerifiedAt) await tx.platformUser.update({ where: { id: found.userId }, data: { emailVerifiedAt: new Date() } });
    await retireOpenTokens(tx, found.userId, "EMAIL_VERIFICATION");
    await recordAudit({ actorType: "platform_user", actorId: found.userId, action: "platform_user.email_verified", targetType: "platform_user", targetId: found.userId, ip: context.ip, userAgent: context.userAgent }, tx);
    return { status: "verified" };
  });
}
