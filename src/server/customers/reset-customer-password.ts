import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { hashPassword } from "@/server/identity";
import { ZResetCustomerPasswordInput } from "./customers.schemas";
import { consumeCustomerToken, retireCustomerTokens } from "./customer-tokens";
import type { TRequestContext } from "./types";

export type TResetPasswordResult = { ok: true; customerId: string } | { ok: false; reason: "invalid_or_expired" };

/**
 * Sets a new password with the token from the reset mail (one hour, single use, this store
 * only). Bumps the session version, so every existing session of the account ends (the
 * caller also calls forgetCustomerSession for this instance's cache). Having received the
 * mail proves the address, so it also counts as verified.
 */
export async function resetCustomerPassword(storeId: string, input: unknown, context: TRequestContext = {}): Promise<TResetPasswordResult> {
  const { token, password } = ZResetCustomerPasswordInput.parse(input);
  const passwordHash = await hashPassword(password);
  return storeDb(storeId).$transaction(async (tx) => {
    const customerId = await consumeCustomerToken(tx, storeId, token, "PASSWORD_RESET");
    if (!customerId) return { ok: false, reason: "invalid_or_expired" } as const;
    const customer = await tx.customer.findFirst({ where: { storeId, id: customerId, erasedAt: null }, select: { emailVerifiedAt: true } });
    if (!customer) return { ok: false, reason: "invalid_or_expired" } as const;
    await tx.customer.update({
      where: { id: customerId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: customer.emailVerifiedAt ?? new Date() },
    });
    await retireCustomerTokens(tx, storeId, customerId, "PASSWORD_RESET");
    await recordAudit(
      { storeId, actorType: "customer", actorId: customerId, action: "customer.password_reset", targetType: "customer", targetId: customerId, ip: context.ip, userAgent: context.userAgent },
      tx,
    );
    return { ok: true, customerId } as const;
  });
}
