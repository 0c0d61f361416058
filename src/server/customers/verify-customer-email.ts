import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { queueMail } from "@/server/mail";
import { ZVerifyCustomerEmailInput } from "./customers.schemas";
import { customerVerificationMail, loadStoreMailContext } from "./customer-mail";
import { consumeCustomerToken, issueCustomerToken } from "./customer-tokens";
import { throttleCustomerMail } from "./throttle-customer-mail";
import type { TRequestContext } from "./types";

export type TVerifyEmailResult = { ok: true } | { ok: false; reason: "invalid_or_expired" };

/**
 * Confirms a customer's email with the token from the verification mail (one hour, single
 * use, this store only). An unknown, used or expired token, or one of another store, is
 * `invalid_or_expired`.
 */
export async function verifyCustomerEmail(storeId: string, input: unknown, context: TRequestContext = {}): Promise<TVerifyEmailResult> {
  const { token } = ZVerifyCustomerEmailInput.parse(input);
  return storeDb(storeId).$transaction(async (tx) => {
    const customerId = await consumeCustomerToken(tx, storeId, token, "EMAIL_VERIFICATION");
    if (!customerId) return { ok: false, reason: "invalid_or_expired" } as const;
    const { count } = await tx.customer.updateMany({
      where: { storeId, id: customerId, erasedAt: null, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date() },
    });
    if (count) {
      await recordAudit(
        { storeId, actorType: "customer", actorId: customerId, action: "customer.email_verified", targetType: "customer", targetId: customerId, ip: context.ip, userAgent: context.userAgent },
        tx,
      );
    }
    return { ok: true } as const;
  });
}

/**
 * Sends a fresh verification mail to a signed-in customer whose email is not yet verified
 * (earlier links stop working). Throttled like registration; does nothing when already verified.
 */
export async function resendCustomerVerification(storeId: string, customerId: string, context: TRequestContext = {}): Promise<void> {
  const db = storeDb(storeId);
  const customer = await db.customer.findFirst({
    where: { storeId, id: customerId, erasedAt: null },
    select: { id: true, email: true, emailVerifiedAt: true },
  });
  if (!customer || customer.emailVerifiedAt) return;
  await throttleCustomerMail("verify", storeId, customer.email, context.ip);
  const store = await loadStoreMailContext(storeId);
  await db.$transaction(async (tx) => {
    const token = await issueCustomerToken(tx, storeId, customer.id, "EMAIL_VERIFICATION");
    await queueMail(tx, customerVerificationMail(store, customer.email, token));
  });
}
