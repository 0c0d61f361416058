import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { hashPassword, verifyPassword } from "@/server/identity";
import { blindIndex } from "@/server/privacy";
import { hit, reset } from "@/server/security";
import { ZChangeCustomerPasswordInput } from "./customers.schemas";
import { retireCustomerTokens } from "./customer-tokens";
import { customerRateLimited } from "./throttle-customer-mail";
import type { TRequestContext } from "./types";

export type TChangePasswordResult = { ok: true } | { ok: false; reason: "wrong_password" };

/** Wrong current passwords allowed per account before a pause (a stolen session cannot guess it). */
const WRONG_CURRENT = { limit: 10, windowMs: 15 * 60 * 1000 };

/**
 * Changes the signed-in customer's password after checking the current one. Bumps the session
 * version, so every session of the account ends, this one included (the storefront signs the
 * customer straight back in with the new password; the caller calls forgetCustomerSession).
 * A wrong current password is `wrong_password`; repeated ones are RATE_LIMITED.
 */
export async function changeCustomerPassword(
  storeId: string,
  customerId: string,
  input: unknown,
  context: TRequestContext = {},
): Promise<TChangePasswordResult> {
  const { currentPassword, newPassword } = ZChangeCustomerPasswordInput.parse(input);
  const db = storeDb(storeId);
  const customer = await db.customer.findFirst({ where: { storeId, id: customerId, erasedAt: null }, select: { passwordHash: true } });
  if (!customer) throw new AppError("NOT_FOUND", "Customer not found");
  const key = `cust-pwchange:${blindIndex("throttle-account", `${storeId}:${customerId}`)}`;
  if (!customer.passwordHash || !(await verifyPassword(customer.passwordHash, currentPassword))) {
    const result = await hit(key, WRONG_CURRENT);
    if (!result.allowed) throw customerRateLimited(result.retryAfterSeconds);
    return { ok: false, reason: "wrong_password" };
  }
  await reset(key);
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.customer.update({ where: { id: customerId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await retireCustomerTokens(tx, storeId, customerId, "PASSWORD_RESET");
    await recordAudit(
      { storeId, actorType: "customer", actorId: customerId, action: "customer.password_changed", targetType: "customer", targetId: customerId, ip: context.ip, userAgent: context.userAgent },
      tx,
    );
  });
  return { ok: true };
}
