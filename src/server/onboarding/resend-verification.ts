import { platformDb } from "@/server/db";
import { queueMail } from "@/server/mail";
import { verificationMail } from "./account-mail";
import { ZEmailRequest, ZNextPath } from "./onboarding.schemas";
import { issuePlatformToken } from "./platform-tokens";
import type { TRequestContext } from "./onboarding.schemas";
import { throttleMailRequest } from "./throttle-mail-request";

async function sendVerification(user: { id: string; email: string; name: string }, next?: string): Promise<void> {
  await platformDb().$transaction(async (tx) => {
    const token = await issuePlatformToken(tx, user.id, "EMAIL_VERIFICATION");
    await queueMail(tx, verificationMail(user.email, user.name, token, next));
  });
}

/**
 * A new verification link for an address typed into a form (after an expired link). Says
 * nothing about the address: unknown and already verified addresses get no mail and the
 * same outcome.
 *
 * @throws ZodError for an invalid address; AppError RATE_LIMITED.
 */
export async function requestVerificationEmail(input: unknown, context: TRequestContext = {}): Promise<void> {
  const { email } = ZEmailRequest.parse(input);
  await throttleMailRequest("verify", email, context.ip);
  const user = await platformDb().platformUser.findUnique({ where: { email }, select: { id: true, email: true, name: true, emailVerifiedAt: true } });
  if (user && !user.emailVerifiedAt) await sendVerification(user);
}

/**
 * A new verification link for the signed-in, unverified user (the "verify your email" page).
 * Returns false when the address is verified already (nothing to send).
 *
 * @throws AppError RATE_LIMITED (same limits as the form).
 */
export async function resendVerificationForUser(userId: string, next?: unknown, context: TRequestContext = {}): Promise<boolean> {
  const user = await platformDb().platformUser.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, emailVerifiedAt: true } });
  if (!user || user.emailVerifiedAt) return false;
  await throttleMailRequest("verify", user.email, context.ip);
  await sendVerification(user, ZNextPath.parse(next));
  return true;
}
