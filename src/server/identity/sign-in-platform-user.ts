import { platformDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { ZSignInInput } from "./identity.schemas";
import { dummyHash, verifyPassword } from "./password";
import { isSignInBlocked, recordSignInOutcome, signInKeys } from "./sign-in-throttle";

export type TSignedInPlatformUser = { id: string; name: string; sessionVersion: number };

/**
 * Checks a platform user's email and password. Returns null for any failure (unknown email,
 * wrong password, invalid input, locked by throttling) without revealing which; the attempt
 * is audited either way.
 */
export async function signInPlatformUser(
  input: unknown,
  context: { ip?: string | null; userAgent?: string | null } = {},
): Promise<TSignedInPlatformUser | null> {
  const parsed = ZSignInInput.safeParse(input);
  if (!parsed.success) return null;
  const keys = signInKeys("platform", parsed.data.email, context.ip ?? null);
  if (await isSignInBlocked(keys)) return null;
  const user = await platformDb().platformUser.findUnique({ where: { email: parsed.data.email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), parsed.data.password);
  await recordSignInOutcome(keys, ok && !!user);
  await recordAudit({
    actorType: "platform_user",
    actorId: user?.id ?? null,
    action: ok && user ? "auth.sign_in" : "auth.sign_in_failed",
    targetType: "platform_user",
    targetId: user?.id ?? null,
    ip: context.ip,
    userAgent: context.userAgent,
  });
  if (!ok || !user) return null;
  return { id: user.id, name: user.name, sessionVersion: user.sessionVersion };
}
