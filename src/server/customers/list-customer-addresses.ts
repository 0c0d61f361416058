import { storeDb } from "@/server/db";
import { openAddress, type TCustomerAddress } from "./address-data";

/** The customer's saved addresses, decrypted, the default first, then newest first. */
export async function listCustomerAddresses(storeId: string, customerId: string): Promise<TCustomerAddress[]> {
  const rows = await storeDb(storeId).customerAddress.findMany({
    where: { storeId, customerId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(openAddress);
}

/** One saved address of the customer, or null (another customer's or store's address is not found). */
export async function getCustomerAddress(storeId: string, customerId: string, addressId: string): Promise<TCustomerAddress | null> {
  const row = await storeDb(storeId).customerAddress.findFirst({ where: { storeId, customerId, id: addressId } });
  return row ? openAddress(row) : null;
}
