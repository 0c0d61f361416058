import { platformDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { queueMail } from "@/server/mail";
import { passwordResetMail } from "./account-mail";
import { ZEmailRequest } from "./onboarding.schemas";
import { issuePlatformToken } from "./platform-tokens";
import type { TRequestContext } from "./onboarding.schemas";
import { throttleMailRequest } from "./throttle-mail-request";

/**
 * "Forgot password": mails a one-hour, single-use reset link when the address has an
 * account, and does the same nothing-revealing nothing when it has not.
 *
 * @throws ZodError for an invalid address; AppError RATE_LIMITED beyond 5 an hour per address or 20 per IP.
 */
export async function requestPasswordReset(input: unknown, context: TRequestContext = {}): Promise<void> {
  const { email } = ZEmailRequest.parse(input);
  await throttleMailRequest("reset", email, context.ip);
  const db = platformDb();
  const user = await db.platformUser.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  await db.$transaction(async (tx) => {
    const token = await issuePlatformToken(tx, user.id, "PASSWORD_RESET");
    await queueMail(tx, passwordResetMail(email, token));
    await recordAudit({ actorType: "platform_user", actorId: user.id, action: "auth.password_reset_requested", targetType: "platform_user", targetId: user.id, ip: context.ip, userAgent: context.userAgent }, tx);
  });
}
