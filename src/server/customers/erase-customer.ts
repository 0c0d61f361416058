import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { CUSTOMER_REFERENCES } from "./customer-references";
import { scrubCustomerMail } from "./scrub-customer-mail";
import { auditActor, type TCustomerDataActor } from "./types";

/** The address an erased customer's email is replaced with: unique per customer, undeliverable (RFC 2606). */
export const erasedEmail = (customerId: string) => `erased-${customerId.toLowerCase()}@erased.invalid`;

/**
 * Erases a customer's personal data at one store, in one transaction:
 * - the Customer row stays (as the anchor of records the business keeps) with its email
 *   replaced by an anonymous unique value, password, name and phone removed, marketing consent
 *   off, erasedAt set and the session version bumped (every session ends at once; the caller
 *   also calls forgetCustomerSession for this instance's cache);
 * - saved addresses and emailed tokens are deleted;
 * - copies of the email in stored mail are removed (scrubCustomerMail);
 * - every table in CUSTOMER_REFERENCES anonymises its rows of this customer.
 * The audit entry names ids only. Returns false when the customer is not in this store or
 * was already erased (another store's customer id is simply not found).
 */
export async function eraseCustomer(storeId: string, customerId: string, actor: TCustomerDataActor): Promise<boolean> {
  return storeDb(storeId).$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; email: string }[]>`
        SELECT id, email FROM Customer WHERE storeId = ${storeId} AND id = ${customerId} AND erasedAt IS NULL FOR UPDATE`;
      const customer = rows[0];
      if (!customer) return false;
      const now = new Date();
      await tx.customer.update({
        where: { id: customer.id },
        data: {
          email: erasedEmail(customer.id),
          passwordHash: null,
          name: null,
          phone: null,
          emailVerifiedAt: null,
          marketingConsent: false,
          erasedAt: now,
          sessionVersion: { increment: 1 },
        },
      });
      const addresses = await tx.customerAddress.deleteMany({ where: { storeId, customerId: customer.id } });
      await tx.customerToken.deleteMany({ where: { storeId, customerId: customer.id } });
      const mail = await scrubCustomerMail(tx, storeId, customer.email);
      for (const reference of CUSTOMER_REFERENCES) await reference.anonymise(tx, storeId, customer.id);
      await recordAudit(
        {
          storeId,
          ...auditActor(actor),
          action: "customer.erased",
          targetType: "customer",
          targetId: customer.id,
          data: { addressesDeleted: addresses.count, ...mail, anonymised: CUSTOMER_REFERENCES.map((r) => r.table) },
        },
        tx,
      );
      return true;
    },
    { timeout: 60_000 },
  );
}
