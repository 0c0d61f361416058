import { storeDb } from "@/server/db";
import { PROFILE_SELECT, toProfile, type TCustomerProfile } from "./customer-view";

/**
 * The signed-in customer's own profile (decrypted), or null when the account does not exist
 * in this store or was erased.
 */
export async function getCustomerProfile(storeId: string, customerId: string): Promise<TCustomerProfile | null> {
  const row = await storeDb(storeId).customer.findFirst({ where: { storeId, id: customerId, erasedAt: null }, select: PROFILE_SELECT });
  return row ? toProfile(row) : null;
}
