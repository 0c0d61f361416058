import { storeDb } from "@/server/db";
import { settleDefault } from "./address-data";
import { lockCustomer } from "./lock-customer";

/**
 * Deletes one of the customer's addresses; when it was the default, the newest remaining one
 * becomes the default. Returns false when the address is not this customer's in this store.
 */
export async function deleteCustomerAddress(storeId: string, customerId: string, addressId: string): Promise<boolean> {
  return storeDb(storeId).$transaction(async (tx) => {
    if (!(await lockCustomer(tx, storeId, customerId))) return false;
    const { count } = await tx.customerAddress.deleteMany({ where: { storeId, customerId, id: addressId } });
    if (!count) return false;
    await settleDefault(tx, storeId, customerId);
    return true;
  });
}

