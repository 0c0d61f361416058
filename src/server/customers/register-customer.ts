import { knownDbErrorCode, storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { hashPassword } from "@/server/identity";
import { queueMail } from "@/server/mail";
import { encryptText, PII_CONTEXT } from "@/server/privacy";
import { ZRegisterCustomerInput } from "./customers.schemas";
import { customerAlreadyRegisteredMail, customerVerificationMail, loadStoreMailContext } from "./customer-mail";
import { issueCustomerToken } from "./customer-tokens";
import { throttleCustomerMail } from "./throttle-customer-mail";
import type { TRequestContext } from "./types";

/**
 * Registers a customer at one store. The result is the same whether or not the email already
 * has an account here (nothing is returned; the caller shows one generic message): a new
 * address gets an account and a verification mail (one hour, single use); a registered one
 * gets a mail saying so, and no second row is made. The same email at another store is an
 * unrelated account. Throttled per address and per IP before anything is looked up.
 *
 * Throws the ZodError of bad input (422) and RATE_LIMITED (429).
 */
export async function registerCustomer(storeId: string, input: unknown, context: TRequestContext = {}): Promise<void> {
  const data = ZRegisterCustomerInput.parse(input);
  await throttleCustomerMail("register", storeId, data.email, context.ip);
  const store = await loadStoreMailContext(storeId);
  // Hashed before looking the address up, so both outcomes cost the same time.
  const passwordHash = await hashPassword(data.password);
  const db = storeDb(storeId);
  const tellExisting = () => db.$transaction((tx) => queueMail(tx, customerAlreadyRegisteredMail(store, data.email)));
  try {
    await db.$transaction(async (tx) => {
      const existing = await tx.customer.findFirst({ where: { storeId, email: data.email }, select: { id: true } });
      if (existing) {
        await queueMail(tx, customerAlreadyRegisteredMail(store, data.email));
        return;
      }
      const now = new Date();
      const customer = await tx.customer.create({
        data: {
          storeId,
          email: data.email,
          passwordHash,
          name: encryptText(data.name, PII_CONTEXT.customerName),
          marketingConsent: data.marketingConsent,
          marketingConsentAt: data.marketingConsent ? now : null,
        },
        select: { id: true },
      });
      const token = await issueCustomerToken(tx, storeId, customer.id, "EMAIL_VERIFICATION");
      await queueMail(tx, customerVerificationMail(store, data.email, token));
      await recordAudit(
        {
          storeId,
          actorType: "customer",
          actorId: customer.id,
          action: "customer.registered",
          targetType: "customer",
          targetId: customer.id,
          ip: context.ip,
          userAgent: context.userAgent,
          data: { marketingConsent: data.marketingConsent },
        },
        tx,
      );
    });
  } catch (error) {
    // A concurrent registration of the same address won the unique key: it is now registered.
    if (knownDbErrorCode(error) !== "UNIQUE_VIOLATION") throw error;
    await tellExisting();
  }
}
