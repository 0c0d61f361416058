import { storeDb } from "@/server/db";
import { openAddress, type TCustomerAddress } from "./address-data";
import { PROFILE_SELECT, toProfile, type TCustomerProfile } from "./customer-view";

export type TCustomerDetail = { profile: TCustomerProfile; addresses: TCustomerAddress[] };

/**
 * A customer of this store as staff see it: profile (decrypted), saved addresses and consent.
 * An erased customer is returned with erasedAt set and no personal data. Null when the id is
 * not a customer of this store (another store's customer is simply not found: 404).
 */
export async function getCustomerForStaff(storeId: string, customerId: string): Promise<TCustomerDetail | null> {
  const db = storeDb(storeId);
  const row = await db.customer.findFirst({ where: { storeId, id: customerId }, select: PROFILE_SELECT });
  if (!row) return null;
  const addresses = await db.customerAddress.findMany({
    where: { storeId, customerId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }, { id: "desc" }],
  });
  return { profile: toProfile(row), addresses: addresses.map(openAddress) };
}
