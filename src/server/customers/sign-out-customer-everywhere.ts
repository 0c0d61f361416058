import { storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import type { TRequestContext } from "./types";

/**
 * "Sign out of all devices": bumps the customer's session version, so every session token
 * issued before now is refused (the caller calls forgetCustomerSession for this instance's
 * cache and clears this device's cookie). Returns false for an unknown or erased customer.
 */
export async function signOutCustomerEverywhere(storeId: string, customerId: string, context: TRequestContext = {}): Promise<boolean> {
  return storeDb(storeId).$transaction(async (tx) => {
    const { count } = await tx.customer.updateMany({ where: { storeId, id: customerId, erasedAt: null }, data: { sessionVersion: { increment: 1 } } });
    if (count) {
      await recordAudit(
        { storeId, actorType: "customer", actorId: customerId, action: "customer.signed_out_everywhere", targetType: "customer", targetId: customerId, ip: context.ip, userAgent: context.userAgent },
        tx,
      );
    }
    return count > 0;
  });
}
