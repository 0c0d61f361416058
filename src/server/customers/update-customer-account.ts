import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { encryptOptional, encryptText, PII_CONTEXT } from "@/server/privacy";
import { ZCustomerAccountPatch } from "./customers.schemas";
import { PROFILE_SELECT, toProfile, type TCustomerProfile } from "./customer-view";
import { auditActor, type TCustomerDataActor } from "./types";

/**
 * Changes the customer's name, phone and/or marketing consent (the fields present in the
 * patch). Name and phone are stored encrypted. A change of consent stamps marketingConsentAt
 * (when it was given or withdrawn) and is audited; re-sending the current choice changes
 * nothing. Throws NOT_FOUND for an unknown or erased customer of this store.
 */
export async function updateCustomerAccount(
  storeId: string,
  customerId: string,
  input: unknown,
  actor: TCustomerDataActor,
): Promise<TCustomerProfile> {
  const patch = ZCustomerAccountPatch.parse(input);
  return storeDb(storeId).$transaction(async (tx) => {
    const current = await tx.customer.findFirst({
      where: { storeId, id: customerId, erasedAt: null },
      select: { marketingConsent: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "Customer not found");
    const consentChanged = patch.marketingConsent !== undefined && patch.marketingConsent !== current.marketingConsent;
    const fields = [
      ...(patch.name !== undefined ? ["name"] : []),
      ...(patch.phone !== undefined ? ["phone"] : []),
    ];
    const row = await tx.customer.update({
      where: { id: customerId },
      data: {
        ...(patch.name !== undefined ? { name: encryptText(patch.name, PII_CONTEXT.customerName) } : {}),
        ...(patch.phone !== undefined ? { phone: encryptOptional(patch.phone, PII_CONTEXT.customerPhone) } : {}),
        ...(consentChanged ? { marketingConsent: patch.marketingConsent, marketingConsentAt: new Date() } : {}),
      },
      select: PROFILE_SELECT,
    });
    const base = { storeId, ...auditActor(actor), targetType: "customer", targetId: customerId };
    if (fields.length) await recordAudit({ ...base, action: "customer.profile_updated", data: { fields } }, tx);
    if (consentChanged) {
      await recordAudit({ ...base, action: patch.marketingConsent ? "customer.marketing_consent_given" : "customer.marketing_consent_withdrawn" }, tx);
    }
    return toProfile(row);
  });
}
