import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { queueMail } from "@/server/mail";
import { ZCustomerEmailInput } from "./customers.schemas";
import { customerPasswordResetMail, loadStoreMailContext } from "./customer-mail";
import { issueCustomerToken } from "./customer-tokens";
import { throttleCustomerMail } from "./throttle-customer-mail";
import type { TRequestContext } from "./types";

/**
 * "Forgot password" at one store. Returns nothing either way, so the caller's answer never
 * reveals whether the address has an account: a registered address gets a reset link (one
 * hour, single use, earlier links retired); an unknown one gets nothing. Throttled per address
 * and per IP before the lookup. Throws ZodError (422) and RATE_LIMITED (429).
 */
export async function requestCustomerPasswordReset(storeId: string, input: unknown, context: TRequestContext = {}): Promise<void> {
  const { email } = ZCustomerEmailInput.parse(input);
  await throttleCustomerMail("reset", storeId, email, context.ip);
  const db = storeDb(storeId);
  const customer = await db.customer.findFirst({ where: { storeId, email, erasedAt: null }, select: { id: true } });
  if (!customer) return;
  const store = await loadStoreMailContext(storeId);
  await db.$transaction(async (tx) => {
    const token = await issueCustomerToken(tx, storeId, customer.id, "PASSWORD_RESET");
    await queueMail(tx, customerPasswordResetMail(store, email, token));
    await recordAudit(
      { storeId, actorType: "customer", actorId: customer.id, action: "customer.password_reset_requested", targetType: "customer", targetId: customer.id, ip: context.ip, userAgent: context.userAgent },
      tx,
    );
  });
}
