import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { ZSignInInput } from "./identity.schemas";
import { dummyHash, verifyPassword } from "./password";
import { recordSignInOutcome, signInKeys, isSignInBlocked } from "./sign-in-throttle";

export type TSignedInCustomer = { id: string; storeId: string; sessionVersion: number };

/**
 * Checks a customer's email and password at one store. The same email at another store is a
 * different account and never matches here. Returns null for any failure (unknown email,
 * wrong password, erased account, locked by throttling) without saying which.
 */
export async function signInCustomer(
  storeId: string,
  input: unknown,
  context: { ip?: string | null; userAgent?: string | null } = {},
): Promise<TSignedInCustomer | null> {
  const parsed = ZSignInInput.safeParse(input);
  if (!parsed.success) return null;
  const keys = signInKeys(`customer:${storeId}`, parsed.data.email, context.ip ?? null);
  if (await isSignInBlocked(keys)) return null;
  const customer = await storeDb(storeId).customer.findFirst({
    where: { storeId, email: parsed.data.email, erasedAt: null },
    select: { id: true, passwordHash: true, sessionVersion: true },
  });
  const ok = await verifyPassword(customer?.passwordHash ?? (await dummyHash()), parsed.data.password);
  const success = ok && !!customer?.passwordHash;
  await recordSignInOutcome(keys, success);
  await recordAudit({
    storeId,
    actorType: "customer",
    actorId: customer?.id ?? null,
    action: success ? "auth.sign_in" : "auth.sign_in_failed",
    targetType: "customer",
    targetId: customer?.id ?? null,
    ip: context.ip,
    userAgent: context.userAgent,
  });
  return success && customer ? { id: customer.id, storeId, sessionVersion: customer.sessionVersion } : null;
}
