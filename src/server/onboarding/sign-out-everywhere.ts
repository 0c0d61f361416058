import { platformDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import type { TRequestContext } from "./onboarding.schemas";

/**
 * "Sign out of all devices": bumps sessionVersion, so every session of the user counts as
 * signed out from its next request (the caller forgets the cached session version).
 */
export async function signOutEverywhere(userId: string, context: TRequestContext = {}): Promise<void> {
  await platformDb().$transaction(async (tx) => {
    await tx.platformUser.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit({ actorType: "platform_user", actorId: userId, action: "auth.sign_out_everywhere", targetType: "platform_user", targetId: userId, ip: context.ip, userAgent: context.userAgent }, tx);
  });
}
