import { platformDb, knownDbErrorCode } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { hashPassword } from "@/server/identity";
import { queueMail } from "@/server/mail";
import { alreadyRegisteredMail, verificationMail } from "./account-mail";
import { ZSignUpInput, type TRequestContext } from "./onboarding.schemas";
import { issuePlatformToken } from "./platform-tokens";
import { throttleMailRequest } from "./throttle-mail-request";

/**
 * Signs a merchant up: an unverified PlatformUser and a verification mail (one-hour,
 * single-use link). The outcome is the same whether or not the address is registered, so
 * the response reveals nothing: a registered address gets a mail saying someone tried to
 * sign up (with sign-in and reset links) and keeps its account and password unchanged. The
 * password is hashed in both cases, so timing does not tell them apart either.
 *
 * @throws ZodError for invalid input; AppError RATE_LIMITED beyond 5 an hour per address or 20 per IP.
 */
export async function signUpPlatformUser(input: unknown, context: TRequestContext = {}): Promise<void> {
  const { name, email, password, next } = ZSignUpInput.parse(input);
  await throttleMailRequest("signup", email, context.ip);
  const passwordHash = await hashPassword(password);
  const db = platformDb();
  try {
    await db.$transaction(async (tx) => {
      const existing = await tx.platformUser.findUnique({ where: { email }, select: { id: true } });
      if (existing) {
        await queueMail(tx, alreadyRegisteredMail(email));
        await recordAudit({ actorType: "system", action: "platform_user.sign_up_existing", targetType: "platform_user", targetId: existing.id, ip: context.ip, userAgent: context.userAgent }, tx);
        return;
      }
      const user = await tx.platformUser.create({ data: { email, name, passwordHash }, select: { id: true } });
      const token = await issuePlatformToken(tx, user.id, "EMAIL_VERIFICATION");
      await queueMail(tx, verificationMail(email, name, token, next));
      await recordAudit({ actorType: "platform_user", actorId: user.id, action: "platform_user.signed_up", targetType: "platform_user", targetId: user.id, ip: context.ip, userAgent: context.userAgent }, tx);
    });
  } catch (error) {
    // A concurrent sign-up with the same address won the race: it is registered now, which
    // is the "already registered" case (its mail goes with the winner's request).
    if (knownDbErrorCode(error) !== "UNIQUE_VIOLATION") throw error;
  }
}
